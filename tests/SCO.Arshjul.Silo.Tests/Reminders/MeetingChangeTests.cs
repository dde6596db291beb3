using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>Issue 3: moving and cancelling meetings after their kallelse went out, through the live reminder path.</summary>
public sealed class MeetingChangeTests
{
    private const string Moved = "sco/meeting/2025-03-14-styrelsemote";
    private const string Cancelled = "sco/meeting/2025-03-27-beredningsgruppsmote";
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Fact]
    public async Task MoveAndCancel_AfterTheKallelse_UpdateAndCancellationGoOutAndRemindersFollow()
    {
        await using var run = await YearRun.StartAsync(new LocalDate(2025, 1, 1));
        var cancellationToken = TestContext.Current.CancellationToken;
        await run.RunThroughAsync(new LocalDate(2025, 3, 3)); // the kallelse of 14 March went out on 28 February

        await run.Silo.GrainFactory.GetGrain<IMeetingGrain>(Moved).RescheduleAsync(
            new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Ordföranden är förhindrad.", "kansli", cancellationToken);
        await run.RunThroughAsync(new LocalDate(2025, 3, 17)); // the kallelse of 27 March went out on 13 March
        await run.Silo.GrainFactory.GetGrain<IMeetingGrain>(Cancelled).CancelAsync("Inga ärenden.", "kansli", cancellationToken);
        await run.RunThroughAsync(new LocalDate(2025, 4, 15));

        var notifications = run.Channel.Delivered.SelectMany(m => m.Parts).ToList();
        var moved = notifications.Where(n => n.ItemKey == Moved).ToList();
        var update = Assert.Single(moved, n => n.Kind == NotificationKind.InvitationUpdate);
        Assert.Equal(1, update.Calendar!.Sequence);
        Assert.Equal(CalendarMethod.Request, update.Calendar.Method);
        Assert.Equal(new LocalDateTime(2025, 3, 21, 9, 0), update.Calendar.Start);
        Assert.Equal(0, Assert.Single(moved, n => n.Kind == NotificationKind.Invitation).Calendar!.Sequence);
        Assert.Equal([new LocalDate(2025, 3, 14)], DatesOf(moved, NotificationKind.Papers));
        Assert.Equal([new LocalDate(2025, 3, 20)], DatesOf(moved, NotificationKind.MeetingReminder));

        var cancelled = notifications.Where(n => n.ItemKey == Cancelled).ToList();
        var cancellation = Assert.Single(cancelled, n => n.Kind == NotificationKind.Cancellation);
        Assert.Equal(CalendarMethod.Cancel, cancellation.Calendar!.Method);
        Assert.Equal(1, cancellation.Calendar.Sequence);
        Assert.DoesNotContain(cancelled, n => n.Kind is NotificationKind.MeetingReminder or NotificationKind.MinutesApproval);
        Assert.DoesNotContain(cancelled, n => n.Kind == NotificationKind.Papers && n.DueAt > cancellation.DueAt);
    }

    private static LocalDate[] DatesOf(IEnumerable<Notification> notifications, NotificationKind kind) =>
        [.. notifications.Where(n => n.Kind == kind).Select(n => n.DueAt.InZone(Stockholm).Date).Distinct()];
}
