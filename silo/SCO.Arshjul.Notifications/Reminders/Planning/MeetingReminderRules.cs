using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// A meeting's reminders by its status: kallelse, handlingar, the day before and justering while each is still to
/// come; an update of the kallelse after a move, a cancellation after it was called off (each only if a kallelse
/// had gone out, and at once: at the change).
/// </summary>
internal static class MeetingReminderRules
{
    public static IEnumerable<ReminderOccurrence> Plan(ReminderSubject subject, MeetingFacts meeting, ReminderPolicy policy)
    {
        var item = subject.Item;
        var rules = policy.Meetings;
        var date = meeting.Start.Date;
        switch (meeting.Status)
        {
            case MeetingStatus.Cancelled:
                if (meeting.InvitationSent)
                {
                    yield return Occurrence(item, ReminderKind.Cancellation, ReminderKeys.Cancellation(item, meeting.Sequence), subject.LastChanged);
                }

                yield break;
            case MeetingStatus.NotPlanned or MeetingStatus.MinutesApproved:
                yield break;
        }

        var moved = meeting.Status == MeetingStatus.Rescheduled;
        var open = meeting.Status is MeetingStatus.Planned or MeetingStatus.Rescheduled;
        if (moved && meeting.InvitationSent)
        {
            yield return Occurrence(item, ReminderKind.InvitationUpdate, ReminderKeys.InvitationUpdate(item, meeting.Sequence), subject.LastChanged);
        }
        else if (open && rules.InvitationDaysBefore is { } invitation)
        {
            yield return Before(item, ReminderKind.Invitation, ReminderKeys.Invitation(item), date, invitation, policy);
        }

        var beforeMeeting = meeting.Status != MeetingStatus.Held;
        if (beforeMeeting && !meeting.PapersSent && rules.PapersDaysBefore is { } papers)
        {
            yield return Before(item, ReminderKind.Papers, ReminderKeys.Papers(item), date, papers, policy);
        }

        if (beforeMeeting && rules.DayBefore)
        {
            yield return Before(item, ReminderKind.DayBefore, ReminderKeys.DayBefore(item), date, 1, policy);
        }

        if (rules.MinutesApprovalDaysAfter is { } after)
        {
            var endDate = meeting.End.Date;
            var fireAt = ReminderTimes.OnWorkingDayAfter(endDate.PlusDays(after), endDate, policy);
            yield return Occurrence(item, ReminderKind.MinutesApproval, ReminderKeys.MinutesApproval(item), fireAt);
        }
    }

    private static ReminderOccurrence Before(ReminderItem item, ReminderKind kind, string key, LocalDate date, int days, ReminderPolicy policy) =>
        Occurrence(item, kind, key, ReminderTimes.OnWorkingDayBefore(date.PlusDays(-days), policy));

    private static ReminderOccurrence Occurrence(ReminderItem item, ReminderKind kind, string key, Instant fireAt) =>
        new(key, item.OrganisationId, item.ItemKey, item.Kind, item.SubItemId, kind, null, fireAt);
}
