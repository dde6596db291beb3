using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.ClientApi.Api.Decisions;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>
/// The status board: the organisation's decisions a page at a time (<c>page</c>, <c>pageSize</c>; 50 by default, those not
/// yet final first), filtered by year, status and overdue, with the count per status and the export. A bad page or page
/// size: 400 with the reason.
/// </summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public DecisionBoardFilter Filter { get; private set; } = DecisionBoardFilter.From(null, null, null);

    /// <summary>The page shown; null when the paging was refused.</summary>
    public DecisionBoardPage? Board { get; private set; }

    /// <summary>Why the page cannot be shown, in Swedish.</summary>
    public string? Error { get; private set; }

    /// <summary>The page size when the query names none.</summary>
    public static int DefaultPageSize => DecisionEndpoints.Paging.DefaultSize;

    // "page" is bound from the query by name: in Razor Pages an unqualified "page" is the route's page path.
    public async Task<IActionResult> OnGetAsync(
        int? year, string? status, bool? overdue, [FromQuery(Name = "page")] string? page, string? pageSize, CancellationToken cancellationToken)
    {
        Filter = DecisionBoardFilter.From(year, status, overdue);
        if (!PageRequest.TryParse(page, pageSize, DecisionEndpoints.Paging, out var paging, out var problem))
        {
            Error = problem.ProblemDetails.Detail;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Board = await DecisionBoard.LoadPageAsync(
            grains, User.OrganisationOf()!, Filter, paging.Page, paging.Size, StockholmTimes.Now(time), cancellationToken);
        return Page();
    }

    /// <summary>The link to page <paramref name="number"/> of this filter and page size.</summary>
    public string PageLink(int number) => "/beslut" + Filter.Query(number, Board!.Register.PageSize, DefaultPageSize);

    /// <summary>A count as the page shows it: "10 000".</summary>
    public static string Count(long count) =>
        count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '\u00a0');
}
