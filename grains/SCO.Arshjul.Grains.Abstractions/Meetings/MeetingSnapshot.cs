using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>A meeting at one version.</summary>
/// <remarks>
/// <see cref="CalendarEventId"/> and <see cref="InvitedAttendees"/> are init-only members rather than positional
/// parameters, so that code constructing or deconstructing a snapshot positionally keeps compiling.
/// </remarks>
/// <param name="Key">The grain key, <c>{org}/meeting/{id}</c>.</param>
/// <param name="Id">The meeting id (the key's last part).</param>
/// <param name="ActivityId">The wheel activity it comes from, if planned by the wheel.</param>
/// <param name="Start">Local start (Europe/Stockholm), after any reschedule.</param>
/// <param name="End">Local end (Europe/Stockholm).</param>
/// <param name="StartsAt">The start as an instant.</param>
/// <param name="EndsAt">The end as an instant.</param>
/// <param name="Sequence">Raised by every reschedule and by a cancellation (iCalendar SEQUENCE).</param>
/// <param name="CancellationReason">Why it was cancelled, if it was.</param>
/// <param name="Version">Raised by every change; 0 before the meeting is planned.</param>
public sealed record MeetingSnapshot(
    string Key,
    string Id,
    string? ActivityId,
    MeetingStatus Status,
    MeetingKind Kind,
    IReadOnlyList<string> BodyIds,
    string Title,
    LocalDateTime Start,
    LocalDateTime End,
    Instant StartsAt,
    Instant EndsAt,
    string? Location,
    IReadOnlyList<string> Agenda,
    bool Assumed,
    int Sequence,
    Instant? InvitationSentAt,
    Instant? PapersSentAt,
    Instant? HeldAt,
    Instant? MinutesApprovedAt,
    Instant? CancelledAt,
    string? CancellationReason,
    int Version,
    IReadOnlyList<AuditEntry> History)
{
    /// <summary>
    /// The id of the meeting's event in the organiser mailbox's calendar (Microsoft Graph), as recorded by the delivery
    /// channel after it created the event; null until then.
    /// </summary>
    public string? CalendarEventId { get; init; }

    /// <summary>Who the last kallelse or updated kallelse went to, sorted by person id; empty until recorded.</summary>
    public IReadOnlyList<InvitedAttendee> InvitedAttendees { get; init; } = [];
}
