using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Notifications.Reminders.Policy;
using static SCO.Arshjul.Notifications.Tests.Reminders.Planning.TestSubjects;

namespace SCO.Arshjul.Notifications.Tests.Reminders.Planning;

public sealed class ReminderPlannerMeetingTests
{
    private static readonly ReminderPolicy Policy = ReminderPolicy.Default;
    private static readonly Instant Now = Utc(2026, 1, 5, 12);

    /// <summary>Friday 13 March 2026, 09:00–12:00 (CET).</summary>
    private static readonly LocalDateTime Start = new(2026, 3, 13, 9, 0);

    [Fact]
    public void Plan_PlannedMeeting_InvitationPapersDayBeforeAndMinutesApproval()
    {
        var plan = ReminderPlanner.Plan(Meeting(MeetingStatus.Planned, Start), Policy, Now);

        Assert.Equal(
            [
                ($"{MeetingKey}/invitation", ReminderKind.Invitation, Utc(2026, 2, 27, 8)),
                ($"{MeetingKey}/papers", ReminderKind.Papers, Utc(2026, 3, 6, 8)),
                ($"{MeetingKey}/day-before", ReminderKind.DayBefore, Utc(2026, 3, 12, 8)),
                ($"{MeetingKey}/minutes-approval", ReminderKind.MinutesApproval, Utc(2026, 3, 16, 8)),
            ],
            plan.Select(o => (o.Key, o.Kind, o.FireAt)));
    }

    [Fact]
    public void Plan_MondayMeeting_DayBeforeIsTheFriday()
    {
        var plan = ReminderPlanner.Plan(Meeting(MeetingStatus.Planned, new LocalDateTime(2026, 3, 16, 13, 0)), Policy, Now);

        Assert.Equal(Utc(2026, 3, 13, 8), plan.Single(o => o.Kind == ReminderKind.DayBefore).FireAt);
    }

    [Fact]
    public void Plan_MinutesApprovalOnAWeekend_MovesBeforeButNeverOntoTheMeetingDay()
    {
        // Wednesday + 3 = Saturday → Friday. Friday + 1 = Saturday → Friday is the meeting day, so Monday instead.
        var wednesday = ReminderPlanner.Plan(Meeting(MeetingStatus.Planned, new LocalDateTime(2026, 3, 11, 9, 0)), Policy, Now);
        var oneDayAfter = Policy with { Meetings = Policy.Meetings with { MinutesApprovalDaysAfter = 1 } };
        var friday = ReminderPlanner.Plan(Meeting(MeetingStatus.Planned, Start), oneDayAfter, Now);

        Assert.Equal(Utc(2026, 3, 13, 8), wednesday.Single(o => o.Kind == ReminderKind.MinutesApproval).FireAt);
        Assert.Equal(Utc(2026, 3, 16, 8), friday.Single(o => o.Kind == ReminderKind.MinutesApproval).FireAt);
    }

    [Theory]
    [InlineData(MeetingStatus.InvitationSent, "papers,day-before,minutes-approval")]
    [InlineData(MeetingStatus.PapersSent, "day-before,minutes-approval")]
    [InlineData(MeetingStatus.Held, "minutes-approval")]
    [InlineData(MeetingStatus.MinutesApproved, "")]
    public void Plan_LaterStatus_OnlyWhatIsStillToCome(MeetingStatus status, string expected)
    {
        var subject = Meeting(status, Start, invitationSent: true, papersSent: status != MeetingStatus.InvitationSent);

        var plan = ReminderPlanner.Plan(subject, Policy, Now);

        Assert.Equal(expected, string.Join(",", plan.Select(o => o.Key[(MeetingKey.Length + 1)..])));
    }

    [Fact]
    public void Plan_MovedAfterInvitation_InvitationUpdateAtTheChangeAndRemindersReTimed()
    {
        var changedAt = Utc(2026, 2, 20, 10);
        var moved = Meeting(MeetingStatus.Rescheduled, new LocalDateTime(2026, 3, 20, 9, 0), sequence: 1, invitationSent: true, lastChanged: changedAt);

        var plan = ReminderPlanner.Plan(moved, Policy, changedAt);

        Assert.Equal(
            [
                ($"{MeetingKey}/update/seq-1", ReminderKind.InvitationUpdate, changedAt),
                ($"{MeetingKey}/papers", ReminderKind.Papers, Utc(2026, 3, 13, 8)),
                ($"{MeetingKey}/day-before", ReminderKind.DayBefore, Utc(2026, 3, 19, 8)),
                ($"{MeetingKey}/minutes-approval", ReminderKind.MinutesApproval, Utc(2026, 3, 23, 8)),
            ],
            plan.Select(o => (o.Key, o.Kind, o.FireAt)));
    }

    [Fact]
    public void Plan_MovedBeforeInvitation_InvitationReTimedWithoutUpdate()
    {
        var moved = Meeting(MeetingStatus.Rescheduled, new LocalDateTime(2026, 3, 20, 9, 0), sequence: 1, lastChanged: Utc(2026, 2, 2, 10));

        var plan = ReminderPlanner.Plan(moved, Policy, Now);

        Assert.DoesNotContain(plan, o => o.Kind == ReminderKind.InvitationUpdate);
        Assert.Equal(Utc(2026, 3, 6, 8), plan.Single(o => o.Kind == ReminderKind.Invitation).FireAt);
    }

    [Fact]
    public void Plan_CancelledAfterInvitation_OnlyACancellationAtTheChange()
    {
        var cancelledAt = Utc(2026, 3, 2, 9);

        var plan = ReminderPlanner.Plan(Meeting(MeetingStatus.Cancelled, Start, sequence: 2, invitationSent: true, lastChanged: cancelledAt), Policy, cancelledAt);

        var only = Assert.Single(plan);
        Assert.Equal(($"{MeetingKey}/cancellation/seq-2", ReminderKind.Cancellation, cancelledAt), (only.Key, only.Kind, only.FireAt));
    }

    [Fact]
    public void Plan_CancelledBeforeInvitation_HasNoReminders()
    {
        var plan = ReminderPlanner.Plan(Meeting(MeetingStatus.Cancelled, Start, sequence: 1, lastChanged: Utc(2026, 2, 2, 9)), Policy, Now);

        Assert.Empty(plan);
    }

    [Fact]
    public void Plan_RemindersTurnedOff_AreNotPlanned()
    {
        var policy = Policy with { Meetings = new MeetingReminderPolicy(null, null, DayBefore: false, MinutesApprovalDaysAfter: null) };

        Assert.Empty(ReminderPlanner.Plan(Meeting(MeetingStatus.Planned, Start), policy, Now));
    }
}
