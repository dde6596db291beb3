using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>
/// One decision: text, meeting, responsible, due date, status, notes and its full history, for everyone who reads
/// everything; förbundschef and kansli also change its status (the next step or avbrutet); they and the person
/// responsible for the decision add notes (<see cref="OwnItems"/>).
/// </summary>
[RequirePolicy(ArshjulPolicies.ReadAll)]
public sealed class DetailModel(IGrainFactory grains, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public DecisionSnapshot Decision { get; private set; } = null!;

    public MeetingSnapshot? Meeting { get; private set; }

    public bool IsOverdue { get; private set; }

    public PeopleNames Names { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>Whether the signed-in person may add a note: a manager or the decision's responsible.</summary>
    public bool CanNote { get; private set; }

    /// <summary>The statuses the form offers: the next step, and avbrutet while the decision is not final.</summary>
    public IReadOnlyList<DecisionStatus> NextStatuses { get; private set; } = [];

    /// <summary>Why the last command was refused, in Swedish; nothing was changed.</summary>
    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) => ShowAsync(reference, cancellationToken);

    public async Task<IActionResult> OnPostStatusAsync(string reference, string? status, string? note, CancellationToken cancellationToken)
    {
        if (await RequirePolicyAttribute.RefusalAsync(this, ArshjulPolicies.Manage) is { } refused)
        {
            return refused;
        }

        if (!Enum.TryParse<DecisionStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed) || parsed == DecisionStatus.NotRecorded)
        {
            Error = "Välj en ny status.";
            return await ShowAsync(reference, cancellationToken);
        }

        return await RunAsync(reference, note, $"Status ändrad till {StatusLabels.Of(parsed).ToLowerInvariant()}.",
            grain => grain.ChangeStatusAsync(parsed, string.IsNullOrWhiteSpace(note) ? null : note, User.ActorOf(), cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostNoteAsync(string reference, string? note, CancellationToken cancellationToken)
    {
        var decision = await Grain(reference).GetAsync(cancellationToken);
        if (decision.Status != DecisionStatus.NotRecorded && !await authorization.MayActOnAsync(User, decision.ResponsiblePersonId))
        {
            return RequirePolicyAttribute.Refused(this);
        }

        return await RunAsync(reference, note, "Anteckningen är sparad.", grain => grain.AddNoteAsync(note ?? string.Empty, User.ActorOf(), cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> RunAsync(
        string reference, string? note, string done, Func<IDecisionGrain, Task> command, CancellationToken cancellationToken)
    {
        var grain = Grain(reference);
        if ((await grain.GetAsync(cancellationToken)).Status == DecisionStatus.NotRecorded)
        {
            return NotFound();
        }

        Error = await GrainCommand.RefusalOfAsync(note, "Anteckningen", () => command(grain));
        if (Error is not null)
        {
            return await ShowAsync(reference, cancellationToken);
        }

        Message = done;
        return RedirectToPage(new { reference });
    }

    private async Task<IActionResult> ShowAsync(string reference, CancellationToken cancellationToken)
    {
        Decision = await Grain(reference).GetAsync(cancellationToken);
        if (Decision.Status == DecisionStatus.NotRecorded)
        {
            return NotFound();
        }

        var organisation = User.OrganisationOf()!;
        var meeting = await grains.GetGrain<IMeetingGrain>(Decision.MeetingKey).GetAsync(cancellationToken);
        Meeting = meeting.Status == MeetingStatus.NotPlanned ? null : meeting;
        var line = new DecisionRegisterFilter(Decision.Status, Decision.ResponsiblePersonId, At: StockholmTimes.Now(time));
        IsOverdue = (await grains.GetGrain<IDecisionRegisterGrain>($"{organisation}/decision-register").ListAsync(line, cancellationToken))
            .Any(e => e.Summary.Key == Decision.Key && e.IsOverdue);
        Names = await PeopleNames.LoadAsync(grains, organisation, cancellationToken);
        CanManage = await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.Manage);
        CanNote = await authorization.MayActOnAsync(User, Decision.ResponsiblePersonId);
        NextStatuses = Decision.Status switch
        {
            DecisionStatus.Decided => [DecisionStatus.InProgress, DecisionStatus.Cancelled],
            DecisionStatus.InProgress => [DecisionStatus.Executed, DecisionStatus.Cancelled],
            DecisionStatus.Executed => [DecisionStatus.ReportedBack, DecisionStatus.Cancelled],
            _ => [],
        };
        return Page();
    }

    private IDecisionGrain Grain(string reference) => grains.GetGrain<IDecisionGrain>($"{User.OrganisationOf()}/decision/{reference}");
}
