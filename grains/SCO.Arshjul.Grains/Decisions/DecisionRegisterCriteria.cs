using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>A <see cref="DecisionRegisterFilter"/> as the register applies it, the responsible person as a roster id.</summary>
internal sealed record DecisionRegisterCriteria(DecisionStatus? Status, string? ResponsiblePersonId, bool OverdueOnly, int? Year)
{
    /// <summary>Whether a line passes every criterion but <see cref="Status"/>.</summary>
    public bool Matches(DecisionSummary summary, bool isOverdue) =>
        (ResponsiblePersonId is null || summary.ResponsiblePersonId == ResponsiblePersonId)
        && (!OverdueOnly || isOverdue)
        && (Year is null || summary.Due.Year == Year);
}
