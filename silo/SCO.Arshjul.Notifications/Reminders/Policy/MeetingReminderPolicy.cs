namespace SCO.Arshjul.Notifications.Reminders.Policy;

/// <summary>When to remind about a meeting. A null number of days turns that reminder off.</summary>
/// <param name="InvitationDaysBefore">Send the kallelse this many days before the meeting; default 14.</param>
/// <param name="PapersDaysBefore">Send the handlingar this many days before; default 7.</param>
/// <param name="DayBefore">Remind the day before the meeting; default true.</param>
/// <param name="MinutesApprovalDaysAfter">Remind to approve (justera) the minutes this many days after the meeting.
/// Default 3.</param>
public sealed record MeetingReminderPolicy(
    int? InvitationDaysBefore,
    int? PapersDaysBefore,
    bool DayBefore,
    int? MinutesApprovalDaysAfter)
{
    /// <summary>Kallelse 14 days before, handlingar 7 days before, the day before, justering 3 days after.</summary>
    public static MeetingReminderPolicy Default { get; } = new(14, 7, DayBefore: true, MinutesApprovalDaysAfter: 3);
}
