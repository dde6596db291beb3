using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.ClientApi.Api.Meetings;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Moten;

/// <summary>
/// A new ad-hoc meeting (activity <c>adhoc</c>), for förbundschef and kansli: title, kind, bodies, start and end,
/// place and agenda. Its id comes from the date and title (<see cref="MeetingIds"/>, as the API makes it); an id already
/// in use is refused, because planning it again would re-plan that meeting (the grain has no create-only call).
/// </summary>
[RequirePolicy(ArshjulPolicies.Manage)]
public sealed class NyModel(IGrainFactory grains, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public MeetingKind Kind { get; set; } = MeetingKind.BoardMeeting;

    [BindProperty]
    public IReadOnlyList<string> Bodies { get; set; } = [];

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? Agenda { get; set; }

    /// <summary>The bodies a meeting may invite.</summary>
    public IReadOnlyList<BodyDefinition> AllBodies { get; private set; } = [];

    /// <summary>Why the meeting was not created, in Swedish.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        AllBodies = (await MeetingAccess.OfAsync(User, authorization, grains, cancellationToken)).Bodies;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var (start, end) = (StockholmTimes.ParseInput(Start), StockholmTimes.ParseInput(End));
        if (start is null || end is null)
        {
            Error = "Ange start och slut som datum och klockslag.";
            return Page();
        }

        if (!ModelState.IsValid || !Enum.IsDefined(Kind))
        {
            Error = "Välj en typ av möte.";
            return Page();
        }

        if (new[] { Title, Location, Agenda }.Any(t => t is { Length: > ApiEndpoints.MaxTextLength }))
        {
            Error = $"Texterna får vara högst {ApiEndpoints.MaxTextLength} tecken.";
            return Page();
        }

        var id = MeetingIds.For(start.Value.Date, Title?.Trim() ?? string.Empty);
        if ((await Grain(id).GetAsync(cancellationToken)).Status != MeetingStatus.NotPlanned)
        {
            Error = $"Det finns redan ett möte '{id}': välj en annan rubrik eller dag.";
            return Page();
        }

        var agenda = (Agenda ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var plan = new PlannedMeeting(
            id, MeetingEndpoints.AdHocActivity, Kind, Bodies, Title?.Trim() ?? string.Empty, start.Value, end.Value,
            string.IsNullOrWhiteSpace(Location) ? null : Location.Trim(), agenda, Assumed: false);
        Error = await GrainCommand.RefusalOfAsync(() => Grain(id).PlanAsync(plan, User.ActorOf(), cancellationToken));
        if (Error is not null)
        {
            return Page();
        }

        TempData[nameof(DetailModel.Message)] = "Mötet är skapat.";
        return RedirectToPage("Detail", new { id });
    }

    private IMeetingGrain Grain(string id) => grains.GetGrain<IMeetingGrain>($"{User.OrganisationOf()}/meeting/{id}");
}
