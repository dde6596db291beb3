namespace SCO.Arshjul.Grains.Decisions;

/// <summary>One page of the decision register (<see cref="IDecisionRegisterGrain.PageAsync"/>), with the counts behind it.</summary>
/// <param name="Entries">The page's lines: open decisions first, then final ones, each group by due date then reference.</param>
/// <param name="Page">The page's number, from 1.</param>
/// <param name="PageSize">Lines per page.</param>
/// <param name="Total">How many lines match the whole filter, on every page.</param>
/// <param name="Totals">
/// How many lines there are of each status (every status, in the order of its steps) among those matching the filter
/// apart from its status, so that a status filter can show what the others hold.
/// </param>
public sealed record DecisionRegisterPage(
    IReadOnlyList<DecisionRegisterEntry> Entries,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<DecisionStatusCount> Totals)
{
    /// <summary>The largest page size <see cref="IDecisionRegisterGrain.PageAsync"/> accepts.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The number of pages: at least 1, even when nothing matches.</summary>
    public int PageCount => Math.Max(1, (int)(((long)Total + PageSize - 1) / PageSize));
}
