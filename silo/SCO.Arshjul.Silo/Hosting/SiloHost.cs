using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph;
using SCO.Arshjul.Notifications.Reminders.Policy;
using SCO.Arshjul.Scheduling;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Rollover;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.Silo.Hosting;

/// <summary>
/// Builds the silo's host: appsettings.json beside the program, then <c>ARSHJUL_</c> environment variables. The host
/// runs the grains, Quartz (its job store on the grains' database), the notification outbox's dispatcher and the
/// delivery channel: Microsoft Graph when <c>Notifications:Graph</c> has settings, else the file outbox in
/// <c>data/outbox/</c>.
/// </summary>
public static class SiloHost
{
    /// <param name="reminderPolicy">What is due when (from config/reminders.yaml); the built-in defaults when null.</param>
    public static IHost Build(SiloHostOverrides? overrides = null, ReminderPolicy? reminderPolicy = null)
    {
        var builder = CreateBuilder(overrides);
        AddSiloServices(builder, reminderPolicy, overrides);
        return builder.Build();
    }

    /// <summary>
    /// The host for <paramref name="configuration"/>: as <see cref="Build(SiloHostOverrides?, ReminderPolicy?)"/> with its
    /// reminder policy, and the configuration itself registered
    /// (<see cref="SiloServiceCollectionExtensions.AddArshjulConfiguration"/>), so that settings keyed by organisation are
    /// checked against its organisations at start.
    /// </summary>
    public static IHost Build(ArshjulConfiguration configuration, SiloHostOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = CreateBuilder(overrides);
        builder.Services.AddArshjulConfiguration(configuration);
        AddSiloServices(builder, configuration.Reminders, overrides);
        return builder.Build();
    }

    /// <summary>
    /// Registers the whole silo (grains, storage, notifications and their channel, composition, Quartz) on
    /// <paramref name="builder"/>, whose configuration must already hold the silo's settings; used by <see cref="Build(SiloHostOverrides?, ReminderPolicy?)"/>
    /// and by the web app that co-hosts the silo. <paramref name="overrides"/>' services run last, so they win.
    /// </summary>
    public static void AddSiloServices(IHostApplicationBuilder builder, ReminderPolicy? reminderPolicy = null, SiloHostOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton((builder.Configuration.GetSection(ClockOptions.SectionName).Get<ClockOptions>() ?? new ClockOptions()).CreateClock());
        services.AddArshjulSilo(builder.Configuration);
        services.AddArshjulNotifications(builder.Configuration);
        services.AddArshjulGraphChannel(builder.Configuration);
        services.AddArshjulComposition(builder.Configuration);
        services.AddArshjulScheduling(SchedulingFor(builder.Configuration, reminderPolicy ?? ReminderPolicy.Default));
        services.AddWheelStartup();
        services.AddSingleton<YearRollover>();
        services.AddOptions<RolloverOptions>().Bind(builder.Configuration.GetSection(RolloverOptions.SectionName))
            .Validate(o => o.IsValid, RolloverOptions.Invalid).ValidateOnStart();
        overrides?.Services?.Invoke(services);
    }

    /// <summary>The silo's configuration alone (appsettings.json, then <c>ARSHJUL_</c> environment variables, then overrides), for commands that start no silo.</summary>
    public static IConfiguration Configuration(SiloHostOverrides? overrides = null) => CreateBuilder(overrides).Configuration;

    private static HostApplicationBuilder CreateBuilder(SiloHostOverrides? overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("ARSHJUL_");
        if (overrides?.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        return builder;
    }

    /// <summary>Quartz keeps its jobs on the grains' own database; it can only cluster on PostgreSQL.</summary>
    public static SchedulingOptions SchedulingFor(IConfiguration configuration, ReminderPolicy policy)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var options = new SchedulingOptions { Policy = policy };
        configuration.GetSection("Scheduling").Bind(options);
        if (storage.Provider == StorageProvider.Postgres)
        {
            options.Provider = SchedulingProvider.Postgres;
            options.ConnectionString = storage.PostgresConnectionString;
            options.Clustered = true;
        }
        else
        {
            var path = Path.GetFullPath(storage.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            options.Provider = SchedulingProvider.Sqlite;
            options.ConnectionString = $"Data Source={path}";
            options.Clustered = false;
        }

        return options;
    }
}
