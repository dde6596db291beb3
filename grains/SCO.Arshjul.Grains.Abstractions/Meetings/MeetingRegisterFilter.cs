using NodaTime;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>What to list from the meeting register; every criterion given must hold.</summary>
/// <param name="From">Only meetings that end after this instant (with <paramref name="To"/>: that overlap [From, To)).</param>
/// <param name="To">Only meetings that start before this instant; must be after <paramref name="From"/> when both are given.</param>
/// <param name="BodyId">Only meetings this body is invited to, e.g. <c>styrelse</c>.</param>
/// <param name="Status">Only meetings with this status.</param>
public sealed record MeetingRegisterFilter(
    Instant? From = null,
    Instant? To = null,
    string? BodyId = null,
    MeetingStatus? Status = null);
