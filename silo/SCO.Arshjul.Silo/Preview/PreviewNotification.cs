using NodaTime;
using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>One notification the wheel would send, as the preview lists it.</summary>
/// <param name="At">When it is due, local to Europe/Stockholm.</param>
/// <param name="Kind">What it is: kallelse (<c>invitation</c>), handlingar (<c>papers</c>), the day-before reminder
/// (<c>meetingReminder</c>), justering (<c>minutesApproval</c>), a deadline ahead (<c>dueReminder</c>, e.g. of a
/// report), <c>overdue</c>, a changed kallelse or a cancellation.</param>
/// <param name="Recipients">Each person with e-mail, role and whether attendance is required (ersättare: optional).</param>
/// <param name="Channel">The configured channel that would deliver it: <c>file</c> or <c>graph</c>.</param>
/// <param name="Calendar">True when it carries a calendar invitation (with Graph: an event in the organiser's calendar).</param>
public sealed record PreviewNotification(
    LocalDateTime At,
    NotificationKind Kind,
    PreviewItem Item,
    IReadOnlyList<Recipient> Recipients,
    string Subject,
    string Channel,
    bool Calendar);
