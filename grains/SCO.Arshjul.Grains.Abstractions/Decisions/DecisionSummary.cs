using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>One line of the decision register ("Styrelsens beslut och processer").</summary>
/// <param name="Key">The decision's grain key.</param>
/// <param name="Reference">The decision's reference, e.g. <c>SCÖ 2024-2.13</c>.</param>
/// <param name="MeetingKey">The meeting where it was decided.</param>
/// <param name="Due">The due date (Europe/Stockholm).</param>
/// <param name="Version">The decision's version; the register keeps the highest it has seen.</param>
/// <param name="ChangedAt">When the decision last changed.</param>
/// <param name="ChangedBy">Who changed it last.</param>
public sealed record DecisionSummary(
    string Key,
    string Reference,
    string MeetingKey,
    string Title,
    string ResponsiblePersonId,
    LocalDate Due,
    DecisionStatus Status,
    int Version,
    Instant ChangedAt,
    string ChangedBy);
