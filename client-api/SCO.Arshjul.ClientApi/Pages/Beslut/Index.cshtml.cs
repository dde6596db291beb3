using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>The status board: every decision of the organisation, filtered by year, status and overdue, with its export.</summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public DecisionBoardFilter Filter { get; private set; } = DecisionBoardFilter.From(null, null, null);

    public IReadOnlyList<DecisionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year, string? status, bool? overdue, CancellationToken cancellationToken)
    {
        Filter = DecisionBoardFilter.From(year, status, overdue);
        Rows = await DecisionBoard.LoadAsync(grains, User.OrganisationOf()!, Filter, StockholmTimes.Now(time), cancellationToken);
    }
}
