using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Deadlines;

/// <summary>A deadline at one version.</summary>
/// <param name="Key">The grain key, <c>{org}/deadline/{id}</c>.</param>
/// <param name="Plan">What is due, or null before it is planned.</param>
/// <param name="Completion">Who met it, when and how it is documented; null while open.</param>
/// <param name="Version">Raised by every change; 0 before it is planned.</param>
public sealed record DeadlineSnapshot(
    string Key,
    PlannedDeadline? Plan,
    ChecklistStatus Status,
    ChecklistCompletion? Completion,
    int Version,
    IReadOnlyList<AuditEntry> History);
