using NodaTime;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>What the planner needs to know of a meeting.</summary>
/// <param name="Start">Local start (Europe/Stockholm), after any reschedule.</param>
/// <param name="End">Local end.</param>
/// <param name="StartsAt">The start as an instant.</param>
/// <param name="EndsAt">The end as an instant.</param>
/// <param name="Sequence">The iCalendar sequence, raised by every reschedule and by a cancellation.</param>
/// <param name="InvitationSent">True once a kallelse went out (also after the meeting moved since).</param>
/// <param name="PapersSent">True once the handlingar went out.</param>
public sealed record MeetingFacts(
    MeetingStatus Status,
    LocalDateTime Start,
    LocalDateTime End,
    Instant StartsAt,
    Instant EndsAt,
    int Sequence,
    bool InvitationSent,
    bool PapersSent);
