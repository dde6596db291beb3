using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.WorkEnvironment;

/// <summary>A work-environment task at one version.</summary>
/// <param name="Key">The grain key, <c>{org}/sam-task/{id}</c>.</param>
/// <param name="Plan">What is to be done, or null before it is planned.</param>
/// <param name="Completion">Who did it, when and how it is documented; null while open.</param>
/// <param name="Version">Raised by every change; 0 before it is planned.</param>
public sealed record WorkEnvironmentTaskSnapshot(
    string Key,
    PlannedWorkEnvironmentTask? Plan,
    ChecklistStatus Status,
    ChecklistCompletion? Completion,
    int Version,
    IReadOnlyList<AuditEntry> History);
