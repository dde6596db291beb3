using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph;
using SCO.Arshjul.Notifications.Reminders.Policy;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// An isolated silo for one preview, registered as the live silo is (<c>SiloHost.AddSiloServices</c>: the grains, the
/// notifications and their dispatcher, the Graph channel's settings, composition, Quartz) but with nothing that leaves
/// the process: grain state in a <see cref="SnapshotGrainStorage"/> over the real storage (read-only), the outbox in
/// memory, Quartz in memory under a name of its own (never to be taken for the live scheduler) on a
/// <see cref="VirtualClock"/>, and a <see cref="PreviewChannel"/> in place of the configured channel. No hosted service
/// runs: the run drives Quartz, the change processor and the dispatcher itself. Disposing it drops everything.
/// </summary>
internal sealed class PreviewSilo : IAsyncDisposable
{
    private const string Configured = "configured";
    private readonly ServiceProvider _services;

    private PreviewSilo(ServiceProvider services, VirtualClock clock, IScheduler scheduler)
    {
        (_services, Clock, Scheduler) = (services, clock, scheduler);
        Storage = services.GetRequiredService<SnapshotGrainStorage>();
        Channel = services.GetRequiredService<PreviewChannel>();
    }

    public VirtualClock Clock { get; }

    public IScheduler Scheduler { get; }

    public IServiceProvider Services => _services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public SnapshotGrainStorage Storage { get; }

    public PreviewChannel Channel { get; }

    /// <summary>Builds and starts the silo (not yet Quartz) at <paramref name="start"/>.</summary>
    /// <param name="settings">The live silo's settings (appsettings, environment): notifications, composition, Graph, scheduling.</param>
    /// <param name="baseline">The real grain storage, only read; null for none.</param>
    public static async Task<PreviewSilo> StartAsync(
        IConfiguration settings, ReminderPolicy policy, IGrainStorage? baseline, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var clock = new VirtualClock(start);
        var services = new ServiceCollection();
        services.AddLogging(); // no provider: the preview's silo logs nothing of its own
        services.AddSingleton<TimeProvider>(clock);
        services.AddGrainRuntime(options =>
        {
            settings.GetSection("GrainRuntime").Bind(options);
            options.CollectionQuantum = TimeSpan.FromHours(1); // a minute's quantum would run half a million times a year
        });
        var memory = new MemoryGrainStorage(clock);
        services.AddSingleton(memory);
        services.AddSingleton(new SnapshotGrainStorage(memory, baseline));
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<SnapshotGrainStorage>());
        services.AddSingleton<IOutboxStore>(memory);
        services.AddSingleton<IDeliveryAttemptLog>(memory);
        services.AddArshjulGrains();
        services.AddArshjulNotifications(settings);
        services.AddArshjulGraphChannel(settings);
        services.AddArshjulComposition(settings);
        services.AddArshjulScheduling(SchedulingFor(settings, policy));
        CaptureChannel(services);

        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<Runtime.Silo>().StartAsync(cancellationToken);
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            return new PreviewSilo(provider, clock, scheduler);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
            await _services.GetRequiredService<Runtime.Silo>().StopAsync(CancellationToken.None);
        }
        finally
        {
            await _services.DisposeAsync();
        }
    }

    // The live scheduling settings, but in memory and under a name no other scheduler in the process has: the web app's
    // live one is called "arshjul", and Quartz's own factory (not the DI one used here) hands out schedulers by name.
    private static Scheduling.SchedulingOptions SchedulingFor(IConfiguration settings, ReminderPolicy policy)
    {
        var options = new Scheduling.SchedulingOptions { Policy = policy };
        settings.GetSection("Scheduling").Bind(options);
        options.Provider = SchedulingProvider.Memory;
        options.ConnectionString = null;
        options.Clustered = false;
        options.InstanceId = null;
        options.SchedulerName = $"arshjul-preview-{Guid.NewGuid():N}";
        return options;
    }

    // The channel the live registration chose (file or Graph) is kept, keyed, to name it; the capture takes its place.
    private static void CaptureChannel(IServiceCollection services)
    {
        var configured = services.Last(d => d.ServiceType == typeof(INotificationChannel));
        services.RemoveAll<INotificationChannel>();
        services.Add(configured switch
        {
            { ImplementationType: { } type } => ServiceDescriptor.KeyedSingleton(typeof(INotificationChannel), Configured, type),
            { ImplementationInstance: { } instance } => ServiceDescriptor.KeyedSingleton(typeof(INotificationChannel), Configured, instance),
            _ => ServiceDescriptor.KeyedSingleton(typeof(INotificationChannel), Configured, (provider, _) => configured.ImplementationFactory!(provider)),
        });
        services.AddSingleton(provider => new PreviewChannel(new Lazy<INotificationChannel>(
            () => provider.GetRequiredKeyedService<INotificationChannel>(Configured))));
        services.AddSingleton<INotificationChannel>(provider => provider.GetRequiredService<PreviewChannel>());
    }
}
