using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Jobs;

/// <summary>Reminders firing on Quartz driven by the injected <see cref="ManualTimeProvider"/>.</summary>
public sealed class ReminderJobTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2026, 3, 30, 7)] // Monday after the change to summer time (CEST, UTC+2)
    [InlineData(2026, 10, 26, 8)] // Monday after the change to winter time (CET, UTC+1)
    public async Task Execute_OnTheDayReminder_FiresAtNineStockholmTimeAcrossDaylightSaving(int year, int month, int day, int utcHour)
    {
        var due = new LocalDate(year, month, day);
        var nine = new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(nine.AddDays(-1)));
        var item = await PlanAsync(host, due);
        await host.Synchronizer.SyncItemAsync(item, cancellationToken: Token);

        host.Clock.SetUtcNow(nine.AddSeconds(-1));
        Assert.Empty(host.Handler.Calls);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Firings.WaitForAsync(1);

        var firing = Assert.Single(host.Firings.Firings);
        Assert.Equal(($"{TestItems.DeadlineKey}/due-0d", Instant.FromDateTimeOffset(nine), false), (firing.Occurrence.Key, firing.FiredAt, firing.Late));
        Assert.Equal(Instant.FromDateTimeOffset(nine), Assert.Single(host.Handler.Calls).FiredAt);
    }

    [Fact]
    public async Task Execute_OverdueReminder_SchedulesTheNextWeeklySlot()
    {
        // Due Monday 30 March 2026, created that day at 10:00 (after the on-the-day reminder, not born overdue); due + 7
        // is annandag påsk, so the first overdue reminder is Thursday 2 April.
        var firstSlot = new DateTimeOffset(2026, 4, 2, 7, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero)));
        var item = await PlanAsync(host, new LocalDate(2026, 3, 30));
        await host.Synchronizer.SyncItemAsync(item, cancellationToken: Token);

        host.Clock.SetUtcNow(firstSlot);
        await host.Firings.WaitForAsync(1);

        var firing = Assert.Single(host.Firings.Firings);
        Assert.Equal((ReminderKind.Overdue, $"{TestItems.DeadlineKey}/overdue/2026-04-06"), (firing.Occurrence.Kind, firing.Occurrence.Key));
        var next = await host.TriggerAsync($"{TestItems.DeadlineKey}/overdue/2026-04-13");
        Assert.Equal(new DateTimeOffset(2026, 4, 13, 7, 0, 0, TimeSpan.Zero), next!.StartTimeUtc);
    }

    [Fact]
    public async Task Execute_ReminderMissedByMoreThanTheThreshold_IsFlaggedLate()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var item = await PlanAsync(host, new LocalDate(2026, 3, 30));
        await host.Synchronizer.SyncItemAsync(item, cancellationToken: Token);
        await host.Scheduler.Standby(Token);

        // The 14-day reminder (Monday 16 March 08:00 UTC) is missed by six hours: it fires once, at once, when started.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 14, 0, 0, TimeSpan.Zero));
        await host.Scheduler.Start(Token);
        await host.Firings.WaitForAsync(1);

        var firing = Assert.Single(host.Firings.Firings);
        Assert.Equal(($"{TestItems.DeadlineKey}/due-14d", true), (firing.Occurrence.Key, firing.Late));
        Assert.Equal(Instant.FromUtc(2026, 3, 16, 14, 0), firing.FiredAt);
    }

    [Fact]
    public async Task Execute_HandlerFailsWhileTheDatabaseIsAway_FiresAgainUntilTheNotificationsAreWritten()
    {
        var nine = new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(nine.AddDays(-1)));
        var item = await PlanAsync(host, new LocalDate(2026, 3, 30));
        await host.Synchronizer.SyncItemAsync(item, cancellationToken: Token);
        host.Handler.FailNext(2);

        host.Clock.SetUtcNow(nine);
        var firstRetry = await RetryStoredAsync(host, $"{TestItems.DeadlineKey}/due-0d", nine);
        host.Clock.SetUtcNow(firstRetry);
        var secondRetry = await RetryStoredAsync(host, $"{TestItems.DeadlineKey}/due-0d", firstRetry);
        Assert.Empty(host.Handler.Calls);
        host.Clock.SetUtcNow(secondRetry);
        await host.Handler.WaitForCallsAsync(1);

        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), (firstRetry - nine, secondRetry - firstRetry)); // 5 s, then twice as long
        var call = Assert.Single(host.Handler.Calls);
        Assert.Equal(($"{TestItems.DeadlineKey}/due-0d", Instant.FromDateTimeOffset(secondRetry)), (call.Occurrence.Key, call.FiredAt));
    }

    /// <summary>Waits until the trigger of <paramref name="key"/> failed and holds a retry after <paramref name="after"/>; returns its instant.</summary>
    private static async Task<DateTimeOffset> RetryStoredAsync(SchedulingTestHost host, string key, DateTimeOffset after)
    {
        DateTimeOffset? next = null;
        await Eventually.TrueAsync(async () => (next = (await host.TriggerAsync(key))?.NextFireTimeUtc) > after, $"no retry of {key} after {after} (next: {next})");
        return next!.Value;
    }

    private static async Task<ReminderItem> PlanAsync(SchedulingTestHost host, LocalDate due)
    {
        await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(due), "wheel", Token);
        return new ReminderItem(TestItems.DeadlineKey, WheelItemKind.Deadline);
    }
}
