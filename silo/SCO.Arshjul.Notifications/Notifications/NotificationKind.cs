namespace SCO.Arshjul.Notifications;

/// <summary>What a notification is about. Swedish labels for people come from <c>NotificationKindNames</c>.</summary>
public enum NotificationKind
{
    /// <summary>Kallelse: a meeting invitation with its agenda (calendar REQUEST).</summary>
    Invitation,

    /// <summary>An updated invitation after the meeting moved (calendar REQUEST, SEQUENCE raised).</summary>
    InvitationUpdate,

    /// <summary>A cancelled meeting (calendar CANCEL).</summary>
    Cancellation,

    /// <summary>Handlingar: the meeting's papers are out.</summary>
    Papers,

    /// <summary>The day-before reminder of a meeting.</summary>
    MeetingReminder,

    /// <summary>Justering: the minutes are to be approved after the meeting.</summary>
    MinutesApproval,

    /// <summary>A deadline ahead (decision, control, SAM task or report), before or on the due day.</summary>
    DueReminder,

    /// <summary>A deadline passed and the item is not done (weekly while overdue).</summary>
    Overdue,

    /// <summary>A one-time sign-in link to the web UI, asked for by the person.</summary>
    SignInLink,
}
