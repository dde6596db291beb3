namespace SCO.Arshjul.Notifications.Reminders;

/// <summary>The kinds of timed reminder the wheel produces.</summary>
public enum ReminderKind
{
    /// <summary>Send the meeting's invitation (kallelse), e.g. 14 days before.</summary>
    Invitation,

    /// <summary>Send the meeting's papers (handlingar), e.g. 7 days before.</summary>
    Papers,

    /// <summary>The day before the meeting.</summary>
    DayBefore,

    /// <summary>After the meeting: the minutes are to be approved (justeras).</summary>
    MinutesApproval,

    /// <summary>At once after a meeting whose invitation was sent has moved: an updated invitation.</summary>
    InvitationUpdate,

    /// <summary>At once after a meeting whose invitation was sent was cancelled: a cancellation.</summary>
    Cancellation,

    /// <summary>N days before a due date (N in <see cref="ReminderOccurrence.DaysBefore"/>; 0 = on the day).</summary>
    DueBefore,

    /// <summary>Weekly while an item is past its due date and not done.</summary>
    Overdue,
}
