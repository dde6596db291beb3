using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>"Styrelsens beslut och processer"; see <see cref="IDecisionRegisterGrain"/>. Calls no other grain.</summary>
[GrainType("decision-register")]
internal sealed class DecisionRegisterGrain(TimeProvider timeProvider)
    : SummaryRegisterGrain<DecisionRegisterState, DecisionSummary>(timeProvider), IDecisionRegisterGrain
{
    protected override string ItemKind => "decision";

    protected override Dictionary<string, DecisionSummary> Lines => State.Decisions;

    public Task<IReadOnlyList<DecisionRegisterEntry>> ListAsync(
        DecisionRegisterFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        filter ??= new DecisionRegisterFilter();
        var at = filter.At ?? Now();
        var responsible = filter.ResponsiblePersonId is null
            ? null
            : OrganisationScope.LocalPersonId(OrganisationId, filter.ResponsiblePersonId);
        IReadOnlyList<DecisionRegisterEntry> entries =
        [
            .. State.Decisions.Values
                .Select(s => new DecisionRegisterEntry(s, DecisionTransitions.IsPending(s.Status) && StockholmTime.IsOverdue(s.Due, at), at))
                .Where(e => filter.Status is null || e.Summary.Status == filter.Status)
                .Where(e => responsible is null || e.Summary.ResponsiblePersonId == responsible)
                .Where(e => !filter.OverdueOnly || e.IsOverdue)
                .OrderBy(e => e.Summary.Due)
                .ThenBy(e => e.Summary.Reference, StringComparer.Ordinal),
        ];
        return Task.FromResult(entries);
    }

    protected override (string Key, int Version, string ChangedBy) Identify(DecisionSummary summary) =>
        (summary.Key, summary.Version, summary.ChangedBy);

    protected override string Describe(DecisionSummary summary) =>
        $"{summary.Reference} version {summary.Version}: {DecisionTransitions.Swedish(summary.Status)}.";
}
