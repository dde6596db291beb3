using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>What to list from the decision register; every criterion given must hold.</summary>
/// <param name="Status">Only decisions with this status.</param>
/// <param name="ResponsiblePersonId">Only decisions this person carries out.</param>
/// <param name="OverdueOnly">Only overdue decisions.</param>
/// <param name="At">The instant to compute overdue flags for; the clock's now when null.</param>
/// <param name="Year">Only decisions due in this year.</param>
public sealed record DecisionRegisterFilter(
    DecisionStatus? Status = null,
    string? ResponsiblePersonId = null,
    bool OverdueOnly = false,
    Instant? At = null,
    int? Year = null);
