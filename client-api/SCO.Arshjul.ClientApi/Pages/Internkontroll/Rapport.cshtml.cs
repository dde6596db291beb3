using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>
/// The tertial-2 follow-up of a year's internkontrollplan as the plan grain reports it now, as a page to print for the
/// board: outcome counts, the risk matrix, every control with its result, and the deviations with their actions.
/// </summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class RapportModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public ControlPlanYear Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        Year = year;
        Plan = await ControlPlanYear.LoadAsync(grains, User.OrganisationOf()!, year, time, cancellationToken);
        return Plan.Plan.Status == InternalControlPlanStatus.NotPlanned ? NotFound() : Page();
    }
}
