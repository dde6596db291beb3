using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Decisions;

/// <summary><c>decisions</c>: Styrelsens beslut och processer — the register, one decision, its status and notes.</summary>
internal static class DecisionEndpoints
{
    /// <summary>The register's paging: <c>pageSize</c> 50 by default, at most <see cref="DecisionRegisterPage.MaxPageSize"/>.</summary>
    public static readonly PageParameters Paging = new("pageSize", 50, DecisionRegisterPage.MaxPageSize, "page.invalid", "page-size.invalid");

    public static void MapDecisionEndpoints(this RouteGroupBuilder organisation)
    {
        var decisions = organisation.MapGroup("/decisions").WithTags("Beslut");
        decisions.MapGet("/", ListAsync).RequireAuthorization(ArshjulPolicies.ReadAll);
        decisions.MapPost("/", RecordAsync).RequireAuthorization(ArshjulPolicies.Manage);
        decisions.MapGet("/{id}", GetAsync).RequireAuthorization(ArshjulPolicies.ReadAll);
        decisions.MapPost("/{id}/status", ChangeStatusAsync).RequireAuthorization(ArshjulPolicies.Manage);
        decisions.MapPost("/{id}/notes", AddNoteAsync); // the managers, or the person responsible for the decision
    }

    /// <summary>
    /// A page of the register (<c>page</c> from 1, <c>pageSize</c> 1–500, default 50: decisions not yet final first), optionally
    /// by status, overdue only, or due in one year, with the total and the count per status.
    /// </summary>
    private static async Task<Results<Ok<DecisionRegisterPage>, ProblemHttpResult>> ListAsync(
        string org,
        string? status,
        bool? overdue,
        int? year,
        string? page,
        string? pageSize,
        IGrainFactory grains,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        DecisionStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<DecisionStatus>(status, ignoreCase: true, out var value) || value == DecisionStatus.NotRecorded || !Enum.IsDefined(value))
            {
                return BadRequest("decision.status.unknown", $"Okänd status '{status}'.");
            }

            parsed = value;
        }

        if (year is { } y && !GovernanceYears.Contains(y))
        {
            return BadRequest("year.out-of-range", $"Året måste vara mellan {GovernanceYears.First} och {GovernanceYears.Last}.");
        }

        if (!PageRequest.TryParse(page, pageSize, Paging, out var paging, out var problem))
        {
            return problem;
        }

        var filter = new DecisionRegisterFilter(parsed, OverdueOnly: overdue == true, At: Instant.FromDateTimeOffset(time.GetUtcNow()), Year: year);
        return TypedResults.Ok(await grains.GetGrain<IDecisionRegisterGrain>($"{org}/decision-register")
            .PageAsync(filter, paging.Page, paging.Size, cancellationToken));
    }

    private static async Task<Results<Created<DecisionSnapshot>, ProblemHttpResult>> RecordAsync(
        string org, RecordDecisionRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var decision = await Grain(grains, org, request.Reference!).RecordAsync(
            new RecordDecision(request.Reference!, request.MeetingKey!, request.Title!, request.Text ?? request.Title!, request.Responsible!, request.Due!.Value),
            user.ActorOf(),
            cancellationToken);
        return TypedResults.Created($"/api/v1/orgs/{org}/decisions/{Uri.EscapeDataString(decision.Reference)}", decision);
    }

    private static async Task<Results<Ok<DecisionSnapshot>, ProblemHttpResult>> GetAsync(string org, string id, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var decision = await Grain(grains, org, id).GetAsync(cancellationToken);
        return decision.Status == DecisionStatus.NotRecorded ? NotFound(id) : TypedResults.Ok(decision);
    }

    private static async Task<Results<Ok<DecisionSnapshot>, ProblemHttpResult>> ChangeStatusAsync(
        string org, string id, ChangeStatusRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var grain = Grain(grains, org, id);
        if ((await grain.GetAsync(cancellationToken)).Status == DecisionStatus.NotRecorded)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await grain.ChangeStatusAsync(request.ParsedStatus!.Value, request.Note, user.ActorOf(), cancellationToken));
    }

    /// <summary>A progress note, by the managers or by the person responsible for the decision (<see cref="OwnItems"/>).</summary>
    private static async Task<Results<Ok<DecisionSnapshot>, ProblemHttpResult>> AddNoteAsync(
        string org, string id, NoteRequest request, IGrainFactory grains, IAuthorizationService authorization, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var grain = Grain(grains, org, id);
        var decision = await grain.GetAsync(cancellationToken);
        if (decision.Status == DecisionStatus.NotRecorded)
        {
            return NotFound(id);
        }

        if (!await authorization.MayActOnAsync(user, decision.ResponsiblePersonId))
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status403Forbidden, "Ingen behörighet", "decision.forbidden", "Bara den ansvariga, förbundschefen eller kansliet kan skriva anteckningar om beslutet.");
        }

        return TypedResults.Ok(await grain.AddNoteAsync(request.Note!, user.ActorOf(), cancellationToken));
    }

    private static IDecisionGrain Grain(IGrainFactory grains, string org, string reference) => grains.GetGrain<IDecisionGrain>($"{org}/decision/{reference}");

    private static ProblemHttpResult NotFound(string id) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", "decision.not-found", $"Beslutet '{id}' finns inte.");

    private static ProblemHttpResult BadRequest(string code, string detail) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status400BadRequest, "Ogiltig begäran", code, detail);
}
