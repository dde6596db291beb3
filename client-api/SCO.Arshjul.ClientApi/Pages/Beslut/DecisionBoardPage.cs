using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>One page of the status board: its rows, and the register's page with the totals behind it.</summary>
/// <param name="Rows">The page's rows, as shown.</param>
/// <param name="Register">The register's page: number, size, the total matching and the count per status.</param>
public sealed record DecisionBoardPage(IReadOnlyList<DecisionRow> Rows, DecisionRegisterPage Register)
{
    /// <summary>The number of the first row shown, from 1 (0 when the page is empty).</summary>
    public long First => Rows.Count == 0 ? 0 : ((long)Register.Page - 1) * Register.PageSize + 1;

    /// <summary>The number of the last row shown.</summary>
    public long Last => Rows.Count == 0 ? 0 : First + Rows.Count - 1;
}
