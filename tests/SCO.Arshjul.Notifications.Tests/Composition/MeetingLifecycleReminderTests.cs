using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>Handlingar, the day before and justering, as the meeting moves through its lifecycle.</summary>
public sealed class MeetingLifecycleReminderTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static ReminderOccurrence Papers => Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Papers, StockholmClock.At(2025, 3, 7, 9));

    private static ReminderOccurrence Minutes => Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.MinutesApproval, StockholmClock.At(2025, 3, 18, 9), "minutes-approval");

    [Fact]
    public async Task Papers_AfterInvitation_OneNotificationToAllAttendeesAndRecordsPapersSent()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RecordInvitationSentAsync(R.Director, Ct);

        var outcome = await host.HandleAsync(Papers);

        Assert.Equal(1, outcome.Written);
        var papers = Assert.Single(host.Outbox.Written);
        Assert.Equal((Papers.Key, NotificationKind.Papers, false), (papers.IdempotencyKey, papers.Kind, papers.Combinable));
        Assert.Equal("Handlingar: Styrelsemöte fredag 14 mars 2025", papers.Subject);
        Assert.Equal(6, papers.Recipients.Count);
        Assert.Null(papers.Calendar);
        Assert.Equal(MeetingStatus.PapersSent, (await meeting.GetAsync(Ct)).Status);
        Assert.Equal(new ReminderOutcome(0, "papers already sent"), await host.HandleAsync(Papers));
    }

    [Fact]
    public async Task Papers_BeforeAnyInvitation_WritesNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());

        var outcome = await host.HandleAsync(Papers);

        Assert.Equal(new ReminderOutcome(0, "meeting is Planned: the invitation must be sent first"), outcome);
    }

    [Theory]
    [InlineData(ReminderKind.Invitation)]
    [InlineData(ReminderKind.Papers)]
    [InlineData(ReminderKind.DayBefore)]
    public async Task PreMeetingReminders_MeetingAlreadyHeld_WriteNothing(ReminderKind kind)
    {
        await using var host = await CompositionTestHost.StartAsync();
        await HeldBoardMeetingAsync(host);

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, kind, StockholmClock.At(2025, 3, 13, 9)));

        Assert.Equal(new ReminderOutcome(0, "meeting already held"), outcome);
        Assert.Empty(host.Outbox.Written);
    }

    [Fact]
    public async Task DayBefore_FiredAfterTheMeetingStarted_WritesNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());

        var outcome = await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.DayBefore, StockholmClock.At(2025, 3, 13, 9)), StockholmClock.At(2025, 3, 14, 10));

        Assert.Equal(new ReminderOutcome(0, "meeting already started"), outcome);
    }

    [Fact]
    public async Task MinutesApproval_HeldMeeting_GoesToTheChairAndTheDirector_AndNothingOnceApproved()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await HeldBoardMeetingAsync(host);

        var outcome = await host.HandleAsync(Minutes);
        await meeting.ApproveMinutesAsync(R.Chair, Ct);
        var afterApproval = await host.HandleAsync(Minutes with { Key = Minutes.Key + "-again" });

        Assert.Equal(2, outcome.Written);
        Assert.Equal(
            [($"{Minutes.Key}/{R.Chair}", "ordförande"), ($"{Minutes.Key}/{R.Director}", "förbundschef")],
            host.Outbox.Written.Select(n => (n.IdempotencyKey, n.Recipients[0].Role)));
        Assert.All(host.Outbox.Written, n => Assert.Equal("Justering: Protokollet från Styrelsemöte fredag 14 mars 2025 ska justeras", n.Subject));
        Assert.Equal(new ReminderOutcome(0, "minutes already approved"), afterApproval);
    }

    [Fact]
    public async Task Overdue_MinutesNotApproved_SaysHowLongSinceTheMeeting()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RecordInvitationSentAsync(R.Director, Ct);

        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Overdue, StockholmClock.At(2025, 3, 28, 9), "overdue/2025-03-28"));

        Assert.All(host.Outbox.Written, n =>
        {
            Assert.Equal(NotificationKind.Overdue, n.Kind);
            Assert.Equal("Försenat: Protokollet från Styrelsemöte fredag 14 mars 2025 är inte justerat (14 dagar efter mötet)", n.Subject);
        });
        Assert.Equal(2, host.Outbox.Written.Count);
    }

    private static async Task<IMeetingGrain> HeldBoardMeetingAsync(CompositionTestHost host)
    {
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RecordInvitationSentAsync(R.Director, Ct);
        host.SetLocal(2025, 3, 14, 12);
        await meeting.MarkHeldAsync(R.Director, Ct);
        return meeting;
    }
}
