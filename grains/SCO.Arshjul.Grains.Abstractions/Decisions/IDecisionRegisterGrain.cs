using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>
/// The register of board decisions, "Styrelsens beslut och processer": one line per decision with its status,
/// kept up to date by the decision grains. Key: <c>{org}/decision-register</c>, e.g. <c>sco/decision-register</c>.
/// Calls no other grain.
/// </summary>
public interface IDecisionRegisterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds or replaces the line of <see cref="DecisionSummary.Key"/>. A summary with a version no higher than the one
    /// held is ignored, so late or repeated upserts do no harm. A key of another organisation is rejected.
    /// </summary>
    [ReRunOnConflict]
    Task UpsertAsync(DecisionSummary summary, CancellationToken cancellationToken = default);

    /// <summary>The lines matching <paramref name="filter"/> (all when null), ordered by due date then reference.</summary>
    Task<IReadOnlyList<DecisionRegisterEntry>> ListAsync(
        DecisionRegisterFilter? filter = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Page <paramref name="page"/> of the lines matching <paramref name="filter"/> (all when null): decisions not yet
    /// final (beslutat, pågår, verkställt) first, then the final ones (återrapporterat, avbrutet), each group by due date
    /// then reference; with the number of matching lines and the count per status. A page past the last is empty.
    /// </summary>
    /// <param name="page">The page's number, from 1.</param>
    /// <param name="pageSize">Lines per page, 1 to <see cref="DecisionRegisterPage.MaxPageSize"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The page or its size is out of range.</exception>
    Task<DecisionRegisterPage> PageAsync(
        DecisionRegisterFilter? filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default);
}
