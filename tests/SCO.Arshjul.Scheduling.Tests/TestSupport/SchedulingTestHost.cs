using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Scheduling.Synchronization;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>
/// A test silo with the governance grains (roster imported, its <c>roster.changed</c> settled),
/// <see cref="SchedulingServiceCollectionExtensions.AddArshjulScheduling"/>, the composition (for roster changes, writing
/// to the outbox) and a <see cref="RecordingReminderHandler"/>; its Quartz scheduler runs on the silo's
/// <see cref="ManualTimeProvider"/>.
/// </summary>
internal sealed class SchedulingTestHost : IAsyncDisposable
{
    /// <summary>Monday 5 January 2026, 09:00 in Stockholm.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private SchedulingTestHost(TestSilo silo, IScheduler scheduler, RecordingReminderHandler handler)
    {
        Silo = silo;
        Scheduler = scheduler;
        Handler = handler;
        scheduler.ListenerManager.AddJobListener(Firings, [GroupMatcher<JobKey>.GroupEquals(ReminderQuartz.Group)]);
    }

    public TestSilo Silo { get; }

    public IScheduler Scheduler { get; }

    public RecordingReminderHandler Handler { get; }

    public FiringLog Firings { get; } = new();

    public ManualTimeProvider Clock => Silo.Clock;

    public IGrainFactory Grains => Silo.GrainFactory;

    public ReminderSynchronizer Synchronizer => Silo.Services.GetRequiredService<ReminderSynchronizer>();

    public ChangeProcessor Changes => Silo.Services.GetRequiredService<ChangeProcessor>();

    public StartupReconciliation Reconciliation => Silo.Services.GetRequiredService<StartupReconciliation>();

    public IOutboxStore Outbox => Silo.Services.GetRequiredService<IOutboxStore>();

    /// <summary>
    /// Starts a host; <paramref name="storage"/> may replace the in-memory grain storage. With
    /// <paramref name="writeNotifications"/> the handler writes a notification row per occurrence to the outbox;
    /// <paramref name="sharedHandler"/> makes two nodes of a cluster count into one handler.
    /// </summary>
    public static async Task<SchedulingTestHost> StartAsync(
        ManualTimeProvider clock,
        SchedulingOptions? options = null,
        Action<IServiceCollection>? storage = null,
        bool writeNotifications = false,
        bool startScheduler = true,
        RecordingReminderHandler? sharedHandler = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var silo = await TestSilo.StartAsync(
            services =>
            {
                services.AddArshjulGrains();
                services.AddSingleton<IHostApplicationLifetime, NoHostLifetime>();
                storage?.Invoke(services);
                services.AddSingleton<INotificationOutbox, NotificationOutbox>();
                services.AddArshjulComposition(new ConfigurationBuilder().Build());
                services.AddSingleton<IReminderHandler>(provider =>
                    sharedHandler ?? new RecordingReminderHandler(writeNotifications ? provider.GetRequiredService<IOutboxStore>() : null));
                services.AddArshjulScheduling(options ?? new SchedulingOptions { Provider = SchedulingProvider.Memory });
            },
            clock,
            cancellationToken);
        await silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster").ImportAsync(TestRoster.Definition, "test", cancellationToken);
        var scheduler = await silo.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        var host = new SchedulingTestHost(silo, scheduler, (RecordingReminderHandler)silo.Services.GetRequiredService<IReminderHandler>());
        await host.Changes.ProcessPendingAsync(cancellationToken);
        if (startScheduler)
        {
            await scheduler.Start(cancellationToken);
        }

        return host;
    }

    /// <summary>The keys of the item's triggers, in order.</summary>
    public async Task<IReadOnlyList<string>> TriggerKeysAsync(ReminderItem item)
    {
        var triggers = await Scheduler.QueryTriggers(new TriggerQuery { Job = ReminderQuartz.JobKey(item), Take = PagedQuery.All }, TestContext.Current.CancellationToken);
        return [.. triggers.Items.Select(t => t.Key.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>The trigger of an occurrence key, or null.</summary>
    public async Task<ITrigger?> TriggerAsync(string key) =>
        await Scheduler.GetTrigger(new TriggerKey(key, ReminderQuartz.Group), TestContext.Current.CancellationToken);

    /// <summary>Shuts the scheduler down (waiting for running reminders) and stops the silo.</summary>
    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        await Silo.DisposeAsync();
    }
}
