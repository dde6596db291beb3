using NodaTime;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>A decision at one version.</summary>
/// <param name="Key">The grain key, <c>{org}/decision/{reference}</c>.</param>
/// <param name="Reference">The decision's reference, e.g. <c>SCÖ 2024-2.13</c>.</param>
/// <param name="MeetingKey">The meeting where it was decided.</param>
/// <param name="Due">The due date (Europe/Stockholm).</param>
/// <param name="Notes">Dated progress notes, oldest first.</param>
/// <param name="Version">Raised by every change; 0 before it is recorded.</param>
public sealed record DecisionSnapshot(
    string Key,
    string Reference,
    string MeetingKey,
    string Title,
    string Text,
    string ResponsiblePersonId,
    LocalDate Due,
    DecisionStatus Status,
    IReadOnlyList<DecisionNote> Notes,
    int Version,
    IReadOnlyList<AuditEntry> History);
