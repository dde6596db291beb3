using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>A meeting the wheel will create.</summary>
/// <param name="Id">Unique within the organisation, e.g. <c>2025-03-14-styrelse</c>; the meeting grain's key is <c>{org}/meeting/{Id}</c>.</param>
/// <param name="ActivityId">The template activity it comes from, e.g. <c>styrelsemote</c>.</param>
/// <param name="BodyIds">The bodies invited (a joint day has two).</param>
/// <param name="Assumed">True when the date is not given by the source documents (the year file marks it).</param>
public sealed record PlannedMeeting(
    string Id,
    string ActivityId,
    MeetingKind Kind,
    IReadOnlyList<string> BodyIds,
    string Title,
    LocalDateTime Start,
    LocalDateTime End,
    string? Location,
    IReadOnlyList<string> Agenda,
    bool Assumed);
