using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.ClientApi.Api.InternalControl;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Pages.Arshjul;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>
/// The year's internkontrollplan (the current year by default) for everyone who reads everything: adoption and
/// follow-up, the 4 × 4 risk matrix, every control with due date, responsible and latest check, due soon and overdue
/// marked. Internkontrollanter and the förbundschef check off controls (the plan grain decides who may and what is
/// required); förbundschef and kansli record the board's adoption of the plan as drawn up.
/// </summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public ControlPlanYear Plan { get; private set; } = null!;

    public bool CanCheck { get; private set; }

    public bool CanAdopt { get; private set; }

    /// <summary>Why the last command was refused, in Swedish; nothing was changed.</summary>
    public string? Error { get; private set; }

    /// <summary>The refused check-off form's values, to fill in again.</summary>
    public CheckForm? Form { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) => ShowAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(
        int? year, string? controlId, string? result, string? comment, string? evidenceUrl, string? actionNote, CancellationToken cancellationToken)
    {
        if (await RequirePolicyAttribute.RefusalAsync(this, ArshjulPolicies.CheckControls) is { } refused)
        {
            return refused;
        }

        Form = new CheckForm(controlId ?? string.Empty, result, comment, evidenceUrl, actionNote);
        var request = new CheckControlRequest(result, comment, evidenceUrl, actionNote);
        var refusal = request.ParsedResult is null ? "Välj resultat: utan anmärkning eller avvikelse."
            : new[] { comment, evidenceUrl, actionNote }.Any(t => t is { Length: > ApiEndpoints.MaxTextLength })
                ? $"Kommentar, länk och åtgärd får vara högst {ApiEndpoints.MaxTextLength} tecken var."
                : await GrainCommand.RefusalOfAsync(() => Grain(year).CheckOffAsync(request.ToCommand(controlId ?? string.Empty), User.ActorOf(), cancellationToken));
        if (refusal is not null)
        {
            Error = refusal;
            return await ShowAsync(year, cancellationToken);
        }

        Message = "Kontrollen är avprickad.";
        return RedirectToPage(new { year = PageDates.YearOr(year, time) });
    }

    public async Task<IActionResult> OnPostAdoptAsync(int? year, CancellationToken cancellationToken)
    {
        if (await RequirePolicyAttribute.RefusalAsync(this, ArshjulPolicies.Manage) is { } refused)
        {
            return refused;
        }

        var plan = await Grain(year).GetAsync(cancellationToken);
        var refusal = plan.AdoptBy is null
            ? "Det finns ingen internkontrollplan att fastställa."
            : await GrainCommand.RefusalOfAsync(() => Grain(year).AdoptAsync(DrawnUpPlan.Of(plan), User.ActorOf(), cancellationToken));
        if (refusal is not null)
        {
            Error = refusal;
            return await ShowAsync(year, cancellationToken);
        }

        Message = "Internkontrollplanen är registrerad som fastställd av styrelsen.";
        return RedirectToPage(new { year = PageDates.YearOr(year, time) });
    }

    private IInternalControlPlanGrain Grain(int? year) => ControlPlanYear.GrainOf(grains, User.OrganisationOf()!, PageDates.YearOr(year, time));

    private async Task<IActionResult> ShowAsync(int? year, CancellationToken cancellationToken)
    {
        Year = PageDates.YearOr(year, time);
        Plan = await ControlPlanYear.LoadAsync(grains, User.OrganisationOf()!, Year, time, cancellationToken);
        CanCheck = Plan.Plan.Status == InternalControlPlanStatus.Adopted && await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.CheckControls);
        CanAdopt = Plan.Plan.Status == InternalControlPlanStatus.Planned && await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.Manage);
        if (Plan.Plan.Status == InternalControlPlanStatus.NotPlanned)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
