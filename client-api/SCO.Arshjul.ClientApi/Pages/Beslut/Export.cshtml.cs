using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>The status board as a file for Excel (<see cref="DecisionCsv"/>), with the page's filters.</summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class ExportModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? year, string? status, bool? overdue, CancellationToken cancellationToken)
    {
        var now = StockholmTimes.Now(time);
        var rows = await DecisionBoard.LoadAsync(grains, User.OrganisationOf()!, DecisionBoardFilter.From(year, status, overdue), now, cancellationToken);
        var today = StockholmTimes.Date(now.InZone(StockholmTimes.Zone).Date);
        return File(DecisionCsv.Write(rows), DecisionCsv.ContentType, $"beslut-och-processer-{today}.csv");
    }
}
