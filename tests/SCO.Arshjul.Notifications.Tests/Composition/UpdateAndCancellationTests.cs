using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>After a kallelse went out: a move sends an updated kallelse, a cancellation a calendar CANCEL.</summary>
public sealed class UpdateAndCancellationTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationUpdate_AfterMove_CarriesTheNewSequenceAndTimes()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Krockar med budgetdagen", "dora-chef", Ct);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.InvitationUpdate, StockholmClock.At(2025, 3, 3, 10), "update/seq-1"));

        Assert.Equal(1, outcome.Written);
        var update = host.Outbox.Written[^1];
        Assert.Equal($"{TestPlans.BoardMeetingKey}/update/seq-1", update.IdempotencyKey);
        Assert.Equal((NotificationKind.InvitationUpdate, "Ändrad kallelse: Styrelsemöte fredag 21 mars 2025"), (update.Kind, update.Subject));
        var calendar = update.Calendar!;
        Assert.Equal(($"{TestPlans.BoardMeetingKey}@arshjul", 1, CalendarMethod.Request), (calendar.Uid, calendar.Sequence, calendar.Method));
        Assert.Equal(new LocalDateTime(2025, 3, 21, 9, 0), calendar.Start);
        Assert.Contains("Tid: fredag 21 mars 2025 kl. 09.00–12.00", update.Body, StringComparison.Ordinal);
        Assert.Equal(6, update.Recipients.Count);
        Assert.Equal(MeetingStatus.InvitationSent, (await meeting.GetAsync(Ct)).Status);
    }

    [Fact]
    public async Task InvitationUpdate_HandledTwice_WritesNothingTheSecondTime()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Flyttat", "dora-chef", Ct);
        var update = Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.InvitationUpdate, StockholmClock.At(2025, 3, 3, 10), "update/seq-1");
        await host.HandleAsync(update);

        var second = await host.HandleAsync(update);

        Assert.Equal(0, second.Written);
        Assert.Equal(2, host.Outbox.Written.Count);
    }

    [Fact]
    public async Task InvitationUpdate_MovedBeforeAnyInvitation_WritesNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Flyttat", "dora-chef", Ct);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.InvitationUpdate, StockholmClock.At(2025, 2, 20, 10), "update/seq-1"));

        Assert.Equal(0, outcome.Written);
        Assert.StartsWith("no invitation sent yet", outcome.SkippedBecause, StringComparison.Ordinal);
        Assert.Empty(host.Outbox.Written);
    }

    [Fact]
    public async Task Cancellation_AfterInvitation_SendsCalendarCancelWithTheReason()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await meeting.CancelAsync("För få ärenden", "dora-chef", Ct);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Cancellation, StockholmClock.At(2025, 3, 3, 10), "cancellation/seq-1"));

        Assert.Equal(1, outcome.Written);
        var cancellation = host.Outbox.Written[^1];
        Assert.Equal($"{TestPlans.BoardMeetingKey}/cancellation/seq-1", cancellation.IdempotencyKey);
        Assert.Equal((NotificationKind.Cancellation, false, "Inställt: Styrelsemöte fredag 14 mars 2025"), (cancellation.Kind, cancellation.Combinable, cancellation.Subject));
        Assert.Equal((CalendarMethod.Cancel, 1, $"{TestPlans.BoardMeetingKey}@arshjul"), (cancellation.Calendar!.Method, cancellation.Calendar.Sequence, cancellation.Calendar.Uid));
        Assert.Equal(host.Outbox.Written[0].Recipients, cancellation.Recipients);
        Assert.Contains("Skäl: För få ärenden", cancellation.Body, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Cancelled, (await meeting.GetAsync(Ct)).Status);
    }

    [Fact]
    public async Task Cancellation_NeverInvited_WritesNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.CancelAsync("För få ärenden", "dora-chef", Ct);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Cancellation, StockholmClock.At(2025, 2, 3, 10), "cancellation/seq-1"));

        Assert.Equal(new ReminderOutcome(0, "meeting cancelled before any invitation was sent"), outcome);
    }

    [Theory]
    [InlineData(ReminderKind.Invitation)]
    [InlineData(ReminderKind.Papers)]
    [InlineData(ReminderKind.DayBefore)]
    [InlineData(ReminderKind.MinutesApproval)]
    public async Task OtherReminders_CancelledMeeting_WriteNothing(ReminderKind kind)
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await meeting.CancelAsync("För få ärenden", "dora-chef", Ct);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, kind, StockholmClock.At(2025, 3, 13, 9)));

        Assert.Equal(new ReminderOutcome(0, "meeting cancelled"), outcome);
        Assert.Single(host.Outbox.Written);
    }

    private static async Task<IMeetingGrain> InvitedBoardMeetingAsync(CompositionTestHost host)
    {
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, StockholmClock.At(2025, 2, 28, 9)));
        return meeting;
    }
}
