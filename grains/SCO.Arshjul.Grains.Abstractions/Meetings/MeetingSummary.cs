using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>One line of the meeting register: a meeting as it stands, without its agenda and history.</summary>
/// <param name="Key">The meeting's grain key, <c>{org}/meeting/{id}</c>.</param>
/// <param name="Id">The meeting id (the key's last part).</param>
/// <param name="ActivityId">The wheel activity it comes from, e.g. <c>styrelsemote</c>, or what an ad-hoc meeting was planned with (e.g. <c>adhoc</c>).</param>
/// <param name="BodyIds">The invited bodies.</param>
/// <param name="Start">Local start (Europe/Stockholm), after any reschedule.</param>
/// <param name="End">Local end (Europe/Stockholm).</param>
/// <param name="StartsAt">The start as an instant.</param>
/// <param name="EndsAt">The end as an instant.</param>
/// <param name="Sequence">The iCalendar sequence: raised by every reschedule and by a cancellation.</param>
/// <param name="Assumed">True when the date is not given by the source documents.</param>
/// <param name="Version">The meeting's version; the register keeps the highest it has seen.</param>
/// <param name="ChangedAt">When the meeting last changed.</param>
/// <param name="ChangedBy">Who changed it last.</param>
public sealed record MeetingSummary(
    string Key,
    string Id,
    string? ActivityId,
    MeetingKind Kind,
    IReadOnlyList<string> BodyIds,
    string Title,
    LocalDateTime Start,
    LocalDateTime End,
    Instant StartsAt,
    Instant EndsAt,
    string? Location,
    MeetingStatus Status,
    int Sequence,
    bool Assumed,
    int Version,
    Instant ChangedAt,
    string ChangedBy);
