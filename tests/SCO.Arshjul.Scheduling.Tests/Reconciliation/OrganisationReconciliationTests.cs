using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Reconciliation;

/// <summary>
/// Issue 6 (start-up with many organisations): reconciliation per organisation from one listing of its jobs and
/// triggers, which may be stale by the time an item is synced; and the jobs of an organisation no longer configured.
/// </summary>
public sealed class OrganisationReconciliationTests
{
    private static readonly ReminderItem Deadline = new(TestItems.DeadlineKey, WheelItemKind.Deadline);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SyncGrainAsync_ListingReadBeforeTheItemWasRetimed_ReadsAgainAndChangesNothing()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var deadline = host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey);
        await deadline.PlanAsync(TestItems.Deadline(), "wheel", Token);
        await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        var listing = await host.Synchronizer.ListAsync("sco/", Token);

        // After the listing, the deadline moves a week and is synced (as the change processor would).
        await deadline.PlanAsync(TestItems.Deadline(new LocalDate(2026, 4, 14)), "wheel", Token);
        var moved = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        var result = Assert.Single(await host.Synchronizer.SyncGrainAsync(TestItems.DeadlineKey, listing, cancellationToken: Token));

        Assert.True(moved.Changed);
        Assert.False(result.Changed);
        Assert.Equal(
            Instant.FromUtc(2026, 4, 14, 7, 0),
            Instant.FromDateTimeOffset((await host.TriggerAsync($"{TestItems.DeadlineKey}/due-0d"))!.NextFireTimeUtc!.Value));
    }

    [Fact]
    public async Task SyncGrainAsync_ListingReadBeforeATriggerWasLost_ReadsAgainAndAddsIt()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", Token);
        var empty = await host.Synchronizer.ListAsync("sco/", Token);

        var result = Assert.Single(await host.Synchronizer.SyncGrainAsync(TestItems.DeadlineKey, empty, cancellationToken: Token));

        Assert.Equal(result.Added.Order(StringComparer.Ordinal), await host.TriggerKeysAsync(Deadline));
        Assert.Equal(4, result.Added.Count);
    }

    [Fact]
    public async Task ReconcileAsync_JobOfAnOrganisationNoLongerConfigured_IsRemoved_AndTheOthersAreKept()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", Token);
        await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        var gone = new ReminderItem("former/deadline/2026-03-30-arsredovisning", WheelItemKind.Deadline);
        var occurrence = new ReminderOccurrence(
            $"{gone.Id}/due-0d", "former", gone.ItemKey, gone.Kind, null, ReminderKind.DueBefore, 0, Instant.FromUtc(2026, 3, 30, 7, 0));
        await host.Scheduler.AddJob(ReminderQuartz.Job(gone), cancellationToken: Token);
        await host.Scheduler.ScheduleJob(ReminderQuartz.Trigger(gone, occurrence, host.Scheduler.TimeProvider), cancellationToken: Token);

        var results = await host.Reconciliation.ReconcileAsync(["sco"], [2026], Token);

        Assert.Equal([occurrence.Key], Assert.Single(results, r => r.Item == gone).Removed);
        Assert.False(await host.Scheduler.Exists(ReminderQuartz.JobKey(gone), Token));
        Assert.DoesNotContain(results, r => r.Item == Deadline && r.Changed);
        Assert.Equal(4, (await host.TriggerKeysAsync(Deadline)).Count);
    }
}
