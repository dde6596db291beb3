using NodaTime;

namespace SCO.Arshjul.Notifications;

/// <summary>The calendar part of a meeting notification (RFC 5545 VEVENT). Times are local to Europe/Stockholm.</summary>
/// <param name="Uid">Stable per meeting, e.g. <c>sco/meeting/2025-03-14-styrelse@arshjul</c>.</param>
/// <param name="Sequence">0 for the first invitation, raised on each change.</param>
/// <param name="Organizer">The förbund's organiser mailbox (name and e-mail).</param>
public sealed record CalendarInvite(
    string Uid,
    int Sequence,
    CalendarMethod Method,
    string Summary,
    string? Location,
    string Description,
    LocalDateTime Start,
    LocalDateTime End,
    Recipient Organizer,
    IReadOnlyList<Recipient> Attendees);

/// <summary>The iTIP method (RFC 5546).</summary>
public enum CalendarMethod
{
    /// <summary>An invitation or an update of one.</summary>
    Request,

    /// <summary>A cancellation.</summary>
    Cancel,
}
