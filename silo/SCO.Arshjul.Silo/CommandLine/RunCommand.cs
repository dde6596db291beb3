using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Reports;
using SCO.Arshjul.Silo.Rollover;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>
/// <c>arshjul run</c>: loads the configuration (a config error stops it before the silo starts), starts the silo on
/// the configured storage, imports the rosters, generates the wheels, prints the current year's wheel and what falls
/// due in the next 30 days, and keeps the silo running until Ctrl+C (or exits at once with <c>--once</c>).
/// </summary>
internal static class RunCommand
{
    public static Command Create(Option<DirectoryInfo> configOption)
    {
        var once = new Option<bool>("--once") { Description = "Print the wheel and exit instead of running until Ctrl+C." };
        var days = new Option<int>("--days") { Description = "How many days ahead to list what falls due.", DefaultValueFactory = _ => 30 };
        var command = new Command("run", "Start the silo on the configured storage and print the current year's wheel.") { once, days };
        command.SetAction((result, cancellationToken) =>
            RunAsync(new RunOptions(result.GetValue(configOption)!, result.GetValue(once), result.GetValue(days)), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var output = options.Output ?? Console.Out;
        ArshjulConfiguration config;
        try
        {
            config = ArshjulConfigurationLoader.Load(options.ConfigDirectory.FullName);
        }
        catch (ConfigurationException ex)
        {
            return await NotStartedAsync(options, ex.Message);
        }

        // While it runs, the wheels roll over to the next year by themselves (the overrides' own services still win).
        var overrides = (options.HostOverrides ?? new SiloHostOverrides()) with
        {
            Services = services =>
            {
                services.AddHostedService<YearRolloverService>();
                options.HostOverrides?.Services?.Invoke(services);
            },
        };
        using var host = SiloHost.Build(config, overrides);
        try
        {
            // Settings (appsettings.json, ARSHJUL_ variables) are validated before anything is opened or written.
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SCO.Arshjul.Silo");
            LogStorage(logger, host.Services.GetRequiredService<StorageOptions>().Describe());
            var channel = host.Services.GetRequiredService<INotificationChannel>();
            LogChannel(logger, channel.Name, channel.Destination);
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            return await NotStartedAsync(options, string.Join(" ", ex.Failures));
        }

        var generated = await host.Services.GetRequiredService<WheelStartup>().RunAsync(config, cancellationToken);
        await PrintAsync(host.Services, config, generated, options.Days, output, cancellationToken);

        if (!options.Once)
        {
            await host.WaitForShutdownAsync(cancellationToken);
        }
        else
        {
            await host.StopAsync(cancellationToken);
        }

        return 0;
    }

    private static async Task PrintAsync(
        IServiceProvider services,
        ArshjulConfiguration config,
        IReadOnlyDictionary<string, IReadOnlyList<int>> generated,
        int days,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var time = services.GetRequiredService<TimeProvider>();
        var today = StockholmClock.Today(time);
        foreach (var organisation in config.Organisations)
        {
            var wheel = grains.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey(organisation.Id, today.Year));
            var activities = await wheel.GetActivitiesAsync(cancellationToken);
            await output.WriteLineAsync(WheelReport.Wheel(organisation.Name, today.Year, activities));

            var to = today.PlusDays(days);
            var due = new List<WheelDueItem>();
            foreach (var year in generated[organisation.Id].Where(y => y >= today.Year && y <= to.Year))
            {
                var from = today.AtStartOfDayInZone(StockholmClock.Zone).ToInstant();
                var until = to.PlusDays(1).AtStartOfDayInZone(StockholmClock.Zone).ToInstant();
                due.AddRange(await grains.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey(organisation.Id, year))
                    .GetDueAsync(from, until, cancellationToken));
            }

            await output.WriteLineAsync(WheelReport.Due(today, to, due));
            await output.WriteLineAsync("  * = datum antaget (framgår inte av källdokumenten)\n");
        }
    }

    private static async Task<int> NotStartedAsync(RunOptions options, string problem)
    {
        var error = options.Error ?? Console.Error;
        await error.WriteLineAsync($"Configuration error: {problem}");
        await error.WriteLineAsync("The silo was not started.");
        return 2;
    }

    private static void LogStorage(ILogger logger, string storage) =>
        logger.LogInformation("Storage: {Storage}", storage);

    private static void LogChannel(ILogger logger, string channel, string where) =>
        logger.LogInformation("Notifications are delivered through the {Channel} channel ({Where})", channel, where);
}
