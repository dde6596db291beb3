using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Quartz;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// The live reminder path on a manual clock: grains, Quartz (in-memory store) on the clock, the reminder handler, the
/// notification outbox and its dispatcher, with a capturing channel or, given Graph settings (<see cref="YearRunSetup"/>),
/// the Graph channel. The days are run by the preview's <see cref="VirtualClockRun"/> with the diligent kansli it assumes,
/// <see cref="PlanFollower"/>: each day at 08:00 yesterday's work is done; at 09:00 Quartz fires what is due; then
/// changes are synced and, at 09:03, the outbox dispatched.
/// </summary>
internal sealed class YearRun : IAsyncDisposable
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private readonly VirtualClockRun _days;

    private YearRun(TestSilo silo, IScheduler scheduler, ArshjulConfiguration config, CapturingChannel channel, Func<Task, Task>? pumpClockWhile)
    {
        Silo = silo;
        Scheduler = scheduler;
        Config = config;
        Channel = channel;
        Office = new PlanFollower(silo.GrainFactory, "sco", [Plan]);
        _days = new VirtualClockRun(silo.Services, scheduler, silo.Clock, Office.WorkAsync, pumpClockWhile);
    }

    public TestSilo Silo { get; }

    public IScheduler Scheduler { get; }

    public ArshjulConfiguration Config { get; }

    /// <summary>What was delivered through the capturing channel (nothing when another channel took its place).</summary>
    public CapturingChannel Channel { get; }

    public PlanFollower Office { get; }

    public YearPlan Plan => Config.Plan("sco", 2025);

    /// <summary>A clock at midnight, Stockholm time, starting <paramref name="start"/>.</summary>
    public static ManualTimeProvider ClockAt(LocalDate start) => new(start.AtStartOfDayInZone(Stockholm).ToDateTimeOffset());

    /// <summary>A run through the capturing channel from midnight starting <paramref name="start"/>.</summary>
    public static Task<YearRun> StartAsync(LocalDate start) => StartAsync(ClockAt(start), new YearRunSetup());

    /// <summary>A run from the time of <paramref name="clock"/>, delivering as <paramref name="setup"/> says.</summary>
    public static async Task<YearRun> StartAsync(ManualTimeProvider clock, YearRunSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var config = ArshjulConfigurationLoader.Load(RepositoryRoot.Config.FullName);
        var channel = new CapturingChannel();
        var silo = await StartSiloAsync(clock, setup, config, channel);
        var scheduler = await silo.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var run = new YearRun(silo, scheduler, config, channel, setup.PumpClockWhile);
        await silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster").ImportAsync(config.Organisation("sco"), "test", TestContext.Current.CancellationToken);
        await silo.GrainFactory.GetGrain<IAnnualWheelGrain>("sco/wheel/2025").GenerateAsync(run.Plan, "test", TestContext.Current.CancellationToken);
        await silo.Services.GetRequiredService<StartupReconciliation>().ReconcileAsync(["sco"], [2025], TestContext.Current.CancellationToken);
        await scheduler.Start(TestContext.Current.CancellationToken);
        return run;
    }

    /// <summary>
    /// A test silo with the live reminder path (grains, notifications, composition, Quartz in memory on the clock with
    /// <paramref name="config"/>'s policy), delivering through <paramref name="channel"/> or, with Graph settings, Graph.
    /// </summary>
    public static Task<TestSilo> StartSiloAsync(ManualTimeProvider clock, YearRunSetup setup, ArshjulConfiguration config, INotificationChannel channel)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(config);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(setup.Settings ?? new Dictionary<string, string?>()).Build();
        return TestSilo.StartAsync(
            services =>
            {
                services.AddArshjulGrains();
                services.AddSingleton<IHostApplicationLifetime, NoHostLifetime>();
                services.AddArshjulNotifications(settings);
                services.AddArshjulComposition(settings);
                services.AddArshjulScheduling(new Scheduling.SchedulingOptions { Provider = SchedulingProvider.Memory, Policy = config.Reminders });
                services.AddSingleton<INotificationChannel>(channel);
                services.AddArshjulGraphChannel(settings); // in place of the capturing channel when the settings name Graph
                setup.Services?.Invoke(services);
            },
            clock,
            TestContext.Current.CancellationToken);
    }

    /// <summary>Runs every day not yet run, up to and including <paramref name="last"/>.</summary>
    public Task RunThroughAsync(LocalDate last) => _days.RunThroughAsync(last, TestContext.Current.CancellationToken);

    /// <summary>The notifications the outbox holds as delivered.</summary>
    public async Task<IReadOnlyList<Notification>> DeliveredAsync()
    {
        var outbox = Silo.Services.GetRequiredService<IOutboxStore>();
        var delivered = await outbox.ListAsync("notification", OutboxStatus.Delivered, 10_000, TestContext.Current.CancellationToken);
        return [.. delivered.Select(row => NotificationJson.Deserialize(row.Payload))];
    }

    /// <summary>Outbox notifications not delivered: pending or failed.</summary>
    public async Task<IReadOnlyList<StoredOutboxMessage>> PendingOrFailedAsync()
    {
        var outbox = Silo.Services.GetRequiredService<IOutboxStore>();
        var pending = await outbox.ListAsync("notification", OutboxStatus.Pending, 10_000, TestContext.Current.CancellationToken);
        var failed = await outbox.ListAsync("notification", OutboxStatus.Failed, 10_000, TestContext.Current.CancellationToken);
        return [.. pending, .. failed];
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        await Silo.DisposeAsync();
    }
}
