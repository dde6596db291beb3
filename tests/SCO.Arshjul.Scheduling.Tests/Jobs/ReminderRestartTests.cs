using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Jobs;

/// <summary>The embedded setup: grains and Quartz's job store in one SQLite file, across a silo restart.</summary>
public sealed class ReminderRestartTests : IDisposable
{
    private static readonly ReminderItem Deadline = new(TestItems.DeadlineKey, WheelItemKind.Deadline);
    private readonly TempSqliteFile _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Restart_ThreeRemindersMissedWhileDown_EachFiresOnceAndLate()
    {
        var clock = new ManualTimeProvider(SchedulingTestHost.Start);
        await using (var before = await StartAsync(clock))
        {
            await before.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", TestContext.Current.CancellationToken);
            await before.Synchronizer.SyncItemAsync(Deadline, cancellationToken: TestContext.Current.CancellationToken);
        }

        // Down from 5 January to 31 March: the reminders of 16, 27 and 30 March (09:00 Stockholm) are missed.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.Zero));
        await using var after = await StartAsync(clock, startScheduler: false);
        var reconciled = await after.Reconciliation.ReconcileAsync(["sco"], [2026], TestContext.Current.CancellationToken);
        await after.Scheduler.Start(TestContext.Current.CancellationToken);
        await after.Firings.WaitForAsync(3);

        Assert.False(Assert.Single(reconciled).Changed);
        Assert.Equal(
            [
                ($"{TestItems.DeadlineKey}/due-0d", Instant.FromUtc(2026, 3, 30, 7, 0)),
                ($"{TestItems.DeadlineKey}/due-14d", Instant.FromUtc(2026, 3, 16, 8, 0)),
                ($"{TestItems.DeadlineKey}/due-3d", Instant.FromUtc(2026, 3, 27, 8, 0)),
            ],
            after.Firings.Firings.Select(f => (f.Occurrence.Key, f.Occurrence.FireAt)).Order());
        Assert.All(after.Firings.Firings, f => Assert.True(f.Late));
        Assert.All(after.Firings.Firings, f => Assert.Equal(Instant.FromDateTimeOffset(clock.GetUtcNow()), f.FiredAt));
        // Nothing is left that could fire them again: only the overdue reminder of Thursday 2 April remains.
        await Eventually.TrueAsync(async () => (await after.TriggerKeysAsync(Deadline)).Count == 1, "the fired triggers are deleted");
        Assert.Equal([$"{TestItems.DeadlineKey}/overdue/2026-04-06"], await after.TriggerKeysAsync(Deadline));
        Assert.Equal(3, after.Handler.Calls.Count);
    }

    private Task<SchedulingTestHost> StartAsync(ManualTimeProvider clock, bool startScheduler = true) =>
        SchedulingTestHost.StartAsync(
            clock,
            new SchedulingOptions { Provider = SchedulingProvider.Sqlite, ConnectionString = $"Data Source={_database.Path}" },
            services => services.AddSqliteGrainStorage(_database.Path),
            startScheduler: startScheduler);
}
