using NodaTime;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>
/// Payload (JSON, web defaults with NodaTime's converters) of the outbox message <c>meeting.changed</c>: enough for
/// the scheduler to re-time or drop the meeting's reminders and to send iCalendar updates.
/// </summary>
/// <param name="Key">The meeting's grain key.</param>
/// <param name="Version">The meeting's state version after the change.</param>
/// <param name="Action">What happened, e.g. <c>meeting.rescheduled</c>.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="StartsAt">The start after the change.</param>
/// <param name="EndsAt">The end after the change.</param>
/// <param name="Sequence">The iCalendar sequence after the change.</param>
/// <param name="BodyIds">The invited bodies.</param>
public sealed record MeetingChanged(
    string Key,
    int Version,
    string Action,
    MeetingStatus Status,
    Instant StartsAt,
    Instant EndsAt,
    int Sequence,
    IReadOnlyList<string> BodyIds);
