using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>A report or duty that falls due on a date (årsredovisning, statusrapport, ESF-rapport …).</summary>
/// <param name="Id">Unique within the organisation, e.g. <c>2025-04-30-arsredovisning</c>; grain key <c>{org}/deadline/{Id}</c>.</param>
/// <param name="ActivityId">The template activity, e.g. <c>arsredovisning</c>.</param>
/// <param name="ResponsiblePersonId">Resolved from the template's responsible role through the roster.</param>
/// <param name="BodyId">The body that receives or decides it, if any (e.g. <c>styrelse</c>).</param>
public sealed record PlannedDeadline(
    string Id,
    string ActivityId,
    DeadlineCategory Category,
    string Title,
    LocalDate Due,
    string ResponsiblePersonId,
    string? BodyId,
    bool Assumed);
