using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>
/// <c>meetings</c>: the meeting register and one meeting for everyone who may read them (beredningsgrupp and medlemsråd:
/// their bodies' meetings only, <see cref="MeetingAccess"/>); ad-hoc meetings and every step of a meeting's life
/// (reschedule, cancel, held, minutes approved) for the förbundschef and kansli.
/// </summary>
internal static class MeetingEndpoints
{
    /// <summary>The activity id an ad-hoc meeting is planned with.</summary>
    public const string AdHocActivity = "adhoc";

    public static void MapMeetingEndpoints(this RouteGroupBuilder organisation)
    {
        var meetings = organisation.MapGroup("/meetings").WithTags("Möten");
        meetings.MapGet("/", ListAsync);
        meetings.MapPost("/", CreateAsync).RequireAuthorization(ArshjulPolicies.Manage);
        meetings.MapGet("/{id}", GetAsync);
        meetings.MapPost("/{id}/reschedule", RescheduleAsync).RequireAuthorization(ArshjulPolicies.Manage);
        meetings.MapPost("/{id}/cancel", CancelAsync).RequireAuthorization(ArshjulPolicies.Manage);
        meetings.MapPost("/{id}/held", (string org, string id, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ChangeAsync(grains, org, id, (m, ct) => m.MarkHeldAsync(user.ActorOf(), ct), cancellationToken)).RequireAuthorization(ArshjulPolicies.Manage);
        meetings.MapPost("/{id}/minutes-approved", (string org, string id, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ChangeAsync(grains, org, id, (m, ct) => m.ApproveMinutesAsync(user.ActorOf(), ct), cancellationToken)).RequireAuthorization(ArshjulPolicies.Manage);
    }

    /// <summary>The meetings overlapping [from, to), optionally of one body, by start; only those the person may read.</summary>
    private static async Task<Results<Ok<IReadOnlyList<MeetingSummary>>, ProblemHttpResult>> ListAsync(
        string org,
        string? from,
        string? to,
        string? body,
        IGrainFactory grains,
        IAuthorizationService authorization,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (start, end, problem) = MeetingInterval.Parse(from, to);
        if (problem is not null)
        {
            return problem;
        }

        var access = await MeetingAccess.OfAsync(user, authorization, grains, cancellationToken);
        if (body is not null && !access.HasBody(body))
        {
            return RequestRules.Invalid(GovernanceErrorCodes.RosterBodyUnknown, $"Organisationen har inget organ '{body}'.");
        }

        var meetings = await grains.GetGrain<IMeetingRegisterGrain>($"{org}/meeting-register")
            .ListAsync(new MeetingRegisterFilter(start, end, body), cancellationToken);
        IReadOnlyList<MeetingSummary> visible = access.ReadsAll ? meetings : [.. meetings.Where(m => access.Sees(m.BodyIds))];
        return TypedResults.Ok(visible);
    }

    /// <summary>Plans an ad-hoc meeting under <c>{date}-{slug of the title}</c>; 409 when a meeting has that id already.</summary>
    private static async Task<Results<Created<MeetingSnapshot>, ProblemHttpResult>> CreateAsync(
        string org, CreateMeetingRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var title = request.Title!.Trim();
        var id = MeetingIds.For(request.Start!.Value.Date, title);
        var grain = Grain(grains, org, id);
        if ((await grain.GetAsync(cancellationToken)).Status != MeetingStatus.NotPlanned)
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status409Conflict, "Finns redan", "meeting.already-exists", $"Det finns redan ett möte '{id}': välj en annan rubrik eller dag.");
        }

        var plan = new PlannedMeeting(
            id,
            AdHocActivity,
            request.ParsedKind!.Value,
            [.. request.Bodies!.Select(b => b.Trim())],
            title,
            request.Start.Value,
            request.End!.Value,
            string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            [.. (request.Agenda ?? []).Select(a => a.Trim())],
            Assumed: false);
        var meeting = await grain.PlanAsync(plan, user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/orgs/{org}/meetings/{Uri.EscapeDataString(id)}", meeting);
    }

    /// <summary>One meeting with its history: 404 when there is none, 403 when it is not of the person's bodies.</summary>
    private static async Task<Results<Ok<MeetingSnapshot>, ProblemHttpResult>> GetAsync(
        string org, string id, IGrainFactory grains, IAuthorizationService authorization, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var meeting = await Grain(grains, org, id).GetAsync(cancellationToken);
        if (meeting.Status == MeetingStatus.NotPlanned)
        {
            return NotFound(id);
        }

        var access = await MeetingAccess.OfAsync(user, authorization, grains, cancellationToken);
        if (!access.Sees(meeting.BodyIds))
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status403Forbidden, "Ingen behörighet", "meeting.forbidden", "Mötet gäller inget organ du är med i.");
        }

        // The history is for those who read everything (as items/meeting/{id}/history is).
        return TypedResults.Ok(access.ReadsAll ? meeting : meeting with { History = [] });
    }

    private static async Task<Results<Ok<MeetingSnapshot>, ProblemHttpResult>> RescheduleAsync(
        string org, string id, RescheduleMeetingRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        request.Problem() is { } problem
            ? problem
            : await ChangeAsync(
                grains, org, id, (m, ct) => m.RescheduleAsync(request.Start!.Value, request.End!.Value, request.Reason!.Trim(), user.ActorOf(), ct), cancellationToken);

    private static async Task<Results<Ok<MeetingSnapshot>, ProblemHttpResult>> CancelAsync(
        string org, string id, CancelMeetingRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        request.Problem() is { } problem
            ? problem
            : await ChangeAsync(grains, org, id, (m, ct) => m.CancelAsync(request.Reason!.Trim(), user.ActorOf(), ct), cancellationToken);

    /// <summary>Runs <paramref name="change"/> on an existing meeting (404 otherwise); a broken rule is the grain's 400.</summary>
    private static async Task<Results<Ok<MeetingSnapshot>, ProblemHttpResult>> ChangeAsync(
        IGrainFactory grains, string org, string id, Func<IMeetingGrain, CancellationToken, Task<MeetingSnapshot>> change, CancellationToken cancellationToken)
    {
        var grain = Grain(grains, org, id);
        if ((await grain.GetAsync(cancellationToken)).Status == MeetingStatus.NotPlanned)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await change(grain, cancellationToken));
    }

    private static IMeetingGrain Grain(IGrainFactory grains, string org, string id) => grains.GetGrain<IMeetingGrain>($"{org}/meeting/{id}");

    private static ProblemHttpResult NotFound(string id) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", "meeting.not-found", $"Mötet '{id}' finns inte.");
}
