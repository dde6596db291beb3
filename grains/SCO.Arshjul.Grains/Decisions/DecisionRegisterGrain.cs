using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>"Styrelsens beslut och processer"; see <see cref="IDecisionRegisterGrain"/>. Calls no other grain.</summary>
[GrainType("decision-register")]
internal sealed class DecisionRegisterGrain(TimeProvider timeProvider)
    : SummaryRegisterGrain<DecisionRegisterState, DecisionSummary>(timeProvider), IDecisionRegisterGrain
{
    private static readonly DecisionStatus[] Statuses =
        [DecisionStatus.Decided, DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack, DecisionStatus.Cancelled];

    private readonly DecisionRegisterOrder _order = new();

    protected override string ItemKind => "decision";

    protected override Dictionary<string, DecisionSummary> Lines => State.Decisions;

    public Task<IReadOnlyList<DecisionRegisterEntry>> ListAsync(
        DecisionRegisterFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        var (criteria, at) = Criteria(filter);
        IReadOnlyList<DecisionRegisterEntry> entries =
        [
            .. State.Decisions.Values
                .Select(s => new DecisionRegisterEntry(s, IsOverdue(s, at), at))
                .Where(e => criteria.Matches(e.Summary, e.IsOverdue) && (criteria.Status is null || e.Summary.Status == criteria.Status))
                .OrderBy(e => e.Summary.Due)
                .ThenBy(e => e.Summary.Reference, StringComparer.Ordinal),
        ];
        return Task.FromResult(entries);
    }

    public Task<DecisionRegisterPage> PageAsync(
        DecisionRegisterFilter? filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, DecisionRegisterPage.MaxPageSize);
        var (criteria, at) = Criteria(filter);
        var skip = ((long)page - 1) * pageSize;
        var counts = new int[Statuses.Length];
        var entries = new List<DecisionRegisterEntry>();
        var total = 0;

        // One pass over the lines in page order: count what matches, keep only the page's lines.
        foreach (var summary in _order.Of(State.Decisions))
        {
            var overdue = IsOverdue(summary, at);
            if (!criteria.Matches(summary, overdue))
            {
                continue;
            }

            counts[Array.IndexOf(Statuses, summary.Status)]++;
            if (criteria.Status is { } status && summary.Status != status)
            {
                continue;
            }

            if (total >= skip && entries.Count < pageSize)
            {
                entries.Add(new DecisionRegisterEntry(summary, overdue, at));
            }

            total++;
        }

        return Task.FromResult(new DecisionRegisterPage(
            entries, page, pageSize, total, [.. Statuses.Select((s, i) => new DecisionStatusCount(s, counts[i]))]));
    }

    protected override void OnLinesChanged() => _order.Invalidate();

    protected override (string Key, int Version, string ChangedBy) Identify(DecisionSummary summary) =>
        (summary.Key, summary.Version, summary.ChangedBy);

    protected override string Describe(DecisionSummary summary) =>
        $"{summary.Reference} version {summary.Version}: {DecisionTransitions.Swedish(summary.Status)}.";

    private static bool IsOverdue(DecisionSummary summary, Instant at) =>
        DecisionTransitions.IsPending(summary.Status) && StockholmTime.IsOverdue(summary.Due, at);

    private (DecisionRegisterCriteria Criteria, Instant At) Criteria(DecisionRegisterFilter? filter)
    {
        filter ??= new DecisionRegisterFilter();
        var responsible = filter.ResponsiblePersonId is null
            ? null
            : OrganisationScope.LocalPersonId(OrganisationId, filter.ResponsiblePersonId);
        return (new DecisionRegisterCriteria(filter.Status, responsible, filter.OverdueOnly, filter.Year), filter.At ?? Now());
    }
}
