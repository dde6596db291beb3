using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api.Meetings;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Moten;

/// <summary>
/// One meeting: times, place, bodies, status, agenda, the decisions taken there and its history. Förbundschef and
/// kansli reschedule it (new start and end, with a reason), cancel it (with a reason), mark it held and record that
/// the minutes are approved. A beredningsgrupp or medlemsråd member sees only their bodies' meetings.
/// </summary>
[RequirePolicy(ArshjulPolicies.Manage, WritesOnly = true)]
public sealed class DetailModel(IGrainFactory grains, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public MeetingSnapshot Meeting { get; private set; } = null!;

    /// <summary>Every body of the organisation (to name the meeting's bodies).</summary>
    public IReadOnlyList<BodyDefinition> Bodies { get; private set; } = [];

    public PeopleNames Names { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>The decisions taken at the meeting (for those who read everything; empty otherwise).</summary>
    public IReadOnlyList<DecisionRegisterEntry> Decisions { get; private set; } = [];

    /// <summary>Why the last command was refused, in Swedish; nothing was changed.</summary>
    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostRescheduleAsync(string id, string? start, string? end, string? reason, CancellationToken cancellationToken)
    {
        var (from, to) = (StockholmTimes.ParseInput(start), StockholmTimes.ParseInput(end));
        if (from is null || to is null)
        {
            Error = "Ange ny start och nytt slut som datum och klockslag.";
            return ShowAsync(id, cancellationToken);
        }

        return RunAsync(id, reason, "Mötet är ombokat.", (g, actor) => g.RescheduleAsync(from.Value, to.Value, reason ?? string.Empty, actor, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostCancelAsync(string id, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, reason, "Mötet är inställt.", (g, actor) => g.CancelAsync(reason ?? string.Empty, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostHeldAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, null, "Mötet är markerat som genomfört.", (g, actor) => g.MarkHeldAsync(actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMinutesAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, null, "Protokollet är markerat som justerat.", (g, actor) => g.ApproveMinutesAsync(actor, cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(
        string id, string? reason, string done, Func<IMeetingGrain, string, Task> command, CancellationToken cancellationToken)
    {
        var grain = Grain(id);
        if ((await grain.GetAsync(cancellationToken)).Status == MeetingStatus.NotPlanned)
        {
            return NotFound();
        }

        Error = await GrainCommand.RefusalOfAsync(reason, "Skälet", () => command(grain, User.ActorOf()));
        if (Error is not null)
        {
            return await ShowAsync(id, cancellationToken);
        }

        Message = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken cancellationToken)
    {
        Meeting = await Grain(id).GetAsync(cancellationToken);
        if (Meeting.Status == MeetingStatus.NotPlanned)
        {
            return NotFound();
        }

        var access = await MeetingAccess.OfAsync(User, authorization, grains, cancellationToken);
        if (!access.Sees(Meeting.BodyIds))
        {
            return RequirePolicyAttribute.Refused(this);
        }

        Bodies = access.Bodies;
        var organisation = User.OrganisationOf()!;
        Names = await PeopleNames.LoadAsync(grains, organisation, cancellationToken);
        CanManage = await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.Manage);
        if (access.ReadsAll)
        {
            var at = new DecisionRegisterFilter(At: StockholmTimes.Now(time));
            Decisions = [.. (await grains.GetGrain<IDecisionRegisterGrain>($"{organisation}/decision-register").ListAsync(at, cancellationToken))
                .Where(d => d.Summary.MeetingKey == Meeting.Key)];
        }

        return Page();
    }

    private IMeetingGrain Grain(string id) => grains.GetGrain<IMeetingGrain>($"{User.OrganisationOf()}/meeting/{id}");
}
