using NodaTime;
using Quartz;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Synchronization;

/// <summary>The synchronizer's rules against a real Quartz scheduler (RAM store) on a manual clock.</summary>
public sealed class ReminderSynchronizerTests
{
    private static readonly ReminderItem Deadline = new(TestItems.DeadlineKey, WheelItemKind.Deadline);
    private static readonly string[] AllDeadlineKeys =
        [$"{TestItems.DeadlineKey}/due-0d", $"{TestItems.DeadlineKey}/due-14d", $"{TestItems.DeadlineKey}/due-3d", $"{TestItems.DeadlineKey}/overdue/2026-04-06"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SyncItemAsync_NewDeadline_OneDurableJobAndATriggerPerOccurrence()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await PlanDeadlineAsync(host);

        var result = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);

        Assert.Equal(AllDeadlineKeys, result.Added.Order(StringComparer.Ordinal));
        Assert.Equal(AllDeadlineKeys, await host.TriggerKeysAsync(Deadline));
        var job = await host.Scheduler.GetJobDetail(new JobKey(TestItems.DeadlineKey, "arshjul"), Token);
        Assert.True(job!.Durable);
        Assert.Equal(Deadline, ReminderJobData.ReadItem(job.JobDataMap));
        var onTheDay = await host.TriggerAsync($"{TestItems.DeadlineKey}/due-0d");
        // Monday 30 March 2026 09:00 in Stockholm is 07:00 UTC (summer time since the day before).
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), onTheDay!.StartTimeUtc);
        Assert.Equal((ReminderKind.DueBefore, 0), (ReminderJobData.ReadOccurrence(onTheDay.JobDataMap).Kind, ReminderJobData.ReadOccurrence(onTheDay.JobDataMap).DaysBefore!.Value));
    }

    [Fact]
    public async Task SyncItemAsync_Again_ChangesNothing()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await PlanDeadlineAsync(host);
        await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        host.Clock.Advance(TimeSpan.FromDays(1));

        var again = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);

        Assert.False(again.Changed);
        Assert.Equal(AllDeadlineKeys, await host.TriggerKeysAsync(Deadline));
    }

    [Fact]
    public async Task SyncItemAsync_DueDateMoved_ReTimesTheSameKeys()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await PlanDeadlineAsync(host);
        await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        await PlanDeadlineAsync(host, new LocalDate(2026, 4, 30));

        var result = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);

        Assert.Equal(AllDeadlineKeys[..3], result.Retimed.Order(StringComparer.Ordinal));
        Assert.Equal([$"{TestItems.DeadlineKey}/overdue/2026-04-06"], result.Removed);
        Assert.Equal([$"{TestItems.DeadlineKey}/overdue/2026-05-07"], result.Added);
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 7, 0, 0, TimeSpan.Zero), (await host.TriggerAsync($"{TestItems.DeadlineKey}/due-0d"))!.StartTimeUtc);
    }

    [Fact]
    public async Task SyncItemAsync_ItemDone_RemovesEveryTrigger()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await PlanDeadlineAsync(host);
        await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);
        await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).CompleteAsync("Diarienr 12/2026", TestRoster.Director, Token);

        var result = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);

        Assert.Equal(AllDeadlineKeys, result.Removed.Order(StringComparer.Ordinal));
        Assert.Empty(await host.TriggerKeysAsync(Deadline));
    }

    [Fact]
    public async Task SyncItemAsync_PastOccurrenceWithoutTrigger_IsTakenAsFiredAndNotAdded()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await PlanDeadlineAsync(host);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero));

        var result = await host.Synchronizer.SyncItemAsync(Deadline, cancellationToken: Token);

        Assert.Equal([$"{TestItems.DeadlineKey}/due-14d"], result.AlreadyFired);
        Assert.Equal(AllDeadlineKeys.Where(k => !k.EndsWith("due-14d", StringComparison.Ordinal)), await host.TriggerKeysAsync(Deadline));
        Assert.Empty(host.Handler.Calls);
    }

    [Fact]
    public async Task SyncItemAsync_UnknownItem_HasNoJob()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));

        var result = await host.Synchronizer.SyncItemAsync(new ReminderItem("sco/deadline/2026-01-01-okand", WheelItemKind.Deadline), cancellationToken: Token);

        Assert.False(result.Changed);
        Assert.Empty(await host.Synchronizer.ScheduledItemsAsync(cancellationToken: Token));
    }

    internal static Task PlanDeadlineAsync(SchedulingTestHost host, LocalDate? due = null) =>
        host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(due), "wheel", Token);
}
