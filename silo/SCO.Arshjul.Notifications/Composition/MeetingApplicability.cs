using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Whether a meeting's reminder still applies, given the meeting as it stands when the reminder fires.</summary>
internal static class MeetingApplicability
{
    /// <summary>Why <paramref name="kind"/> no longer applies to <paramref name="meeting"/> (English, for logs), or null.</summary>
    public static string? SkipReason(MeetingSnapshot meeting, ReminderKind kind, Instant firedAt)
    {
        var status = meeting.Status;
        if (status == MeetingStatus.NotPlanned)
        {
            return "meeting not planned";
        }

        if (kind == ReminderKind.Cancellation)
        {
            return status != MeetingStatus.Cancelled ? $"meeting is {status}, not cancelled"
                : meeting.InvitationSentAt is null ? "meeting cancelled before any invitation was sent"
                : null;
        }

        if (status == MeetingStatus.Cancelled)
        {
            return "meeting cancelled";
        }

        var beforeMeeting = kind is ReminderKind.Invitation or ReminderKind.InvitationUpdate or ReminderKind.Papers or ReminderKind.DayBefore;
        return kind switch
        {
            _ when beforeMeeting && status is MeetingStatus.Held or MeetingStatus.MinutesApproved => "meeting already held",
            _ when beforeMeeting && firedAt >= meeting.StartsAt => "meeting already started",
            ReminderKind.Invitation when meeting.InvitationSentAt is not null => "invitation already sent",
            ReminderKind.InvitationUpdate when meeting.InvitationSentAt is null => "no invitation sent yet: the invitation will carry the new time",
            ReminderKind.InvitationUpdate when status != MeetingStatus.Rescheduled => "invitation for the current time already sent",
            ReminderKind.Papers when status == MeetingStatus.PapersSent => "papers already sent",
            ReminderKind.Papers when status != MeetingStatus.InvitationSent => $"meeting is {status}: the invitation must be sent first",
            ReminderKind.MinutesApproval or ReminderKind.Overdue when status == MeetingStatus.MinutesApproved => "minutes already approved",
            ReminderKind.MinutesApproval or ReminderKind.Overdue when firedAt < meeting.EndsAt => "meeting not over yet",
            ReminderKind.DueBefore => "due-date reminders do not apply to meetings",
            _ => null,
        };
    }

    /// <summary>
    /// Why the attendees of <paramref name="meeting"/> are not to be brought up to date with the roster at
    /// <paramref name="at"/> (English, for logs), or null: only a meeting invited and still ahead is (not cancelled, held
    /// or with approved minutes, not started).
    /// </summary>
    public static string? AttendeeUpdateSkipReason(MeetingSnapshot meeting, Instant at) => meeting.Status switch
    {
        MeetingStatus.NotPlanned => "meeting not planned",
        MeetingStatus.Cancelled => "meeting cancelled",
        MeetingStatus.Held or MeetingStatus.MinutesApproved => "meeting already held",
        _ when at >= meeting.StartsAt => "meeting already started",
        _ when meeting.InvitationSentAt is null => "no invitation sent yet: the invitation will carry the current attendees",
        _ => null,
    };
}
