using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Runtime;

using SCO.Arshjul.ClientApi.Api.Wheel;

namespace SCO.Arshjul.ClientApi.Api.InternalControl;

/// <summary>
/// <c>internal-control/{year}</c>: the year's internkontrollplan with its controls and risk values, the board's
/// adoption of the plan as drawn up, checking off a control, and the tertial-2 follow-up report.
/// </summary>
internal static class InternalControlEndpoints
{
    public static void MapInternalControlEndpoints(this RouteGroupBuilder organisation)
    {
        var plans = organisation.MapGroup("/internal-control/{year}").WithTags("Internkontroll");
        plans.MapGet("/", GetAsync).RequireAuthorization(ArshjulPolicies.ReadAll);
        plans.MapPost("/adopt", AdoptAsync).RequireAuthorization(ArshjulPolicies.Manage);
        plans.MapPost("/controls/{controlId}/check", CheckAsync).RequireAuthorization(ArshjulPolicies.CheckControls);
        plans.MapGet("/report", ReportAsync).RequireAuthorization(ArshjulPolicies.ReadAll);
    }

    /// <summary>The plan: status, dates, every control with probability, consequence, risk (p × c) and its check.</summary>
    private static async Task<Results<Ok<InternalControlPlanSnapshot>, ProblemHttpResult>> GetAsync(
        string org, string year, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (plan, problem) = await FindAsync(grains, org, year, cancellationToken);
        return plan is null ? problem! : TypedResults.Ok(plan.Snapshot);
    }

    /// <summary>Records the board's adoption of the plan as it was drawn up; adopting it again changes nothing.</summary>
    private static async Task<Results<Ok<InternalControlPlanSnapshot>, ProblemHttpResult>> AdoptAsync(
        string org, string year, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (plan, problem) = await FindAsync(grains, org, year, cancellationToken);
        return plan is null ? problem! : TypedResults.Ok(await plan.Grain.AdoptAsync(DrawnUpPlan.Of(plan.Snapshot), user.ActorOf(), cancellationToken));
    }

    private static async Task<Results<Ok<InternalControlPlanSnapshot>, ProblemHttpResult>> CheckAsync(
        string org, string year, string controlId, CheckControlRequest request, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (WheelYears.Parse(year) is null)
        {
            return WheelYears.YearProblem();
        }

        if (request.Problem() is { } invalid)
        {
            return invalid;
        }

        var (plan, problem) = await FindAsync(grains, org, year, cancellationToken);
        if (plan is null)
        {
            return problem!;
        }

        if (!plan.Snapshot.Controls.Any(c => c.Id == controlId))
        {
            return NotFound("internal-control.unknown-control", $"Internkontrollplanen {year} har ingen kontroll '{controlId}'.");
        }

        return TypedResults.Ok(await plan.Grain.CheckOffAsync(request.ToCommand(controlId), user.ActorOf(), cancellationToken));
    }

    /// <summary>The tertial-2 follow-up as of now: outcomes, deviations with their actions, unchecked and overdue controls, the 4 × 4 risk matrix.</summary>
    private static async Task<Results<Ok<InternalControlFollowUpReport>, ProblemHttpResult>> ReportAsync(
        string org, string year, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        var (plan, problem) = await FindAsync(grains, org, year, cancellationToken);
        return plan is null
            ? problem!
            : TypedResults.Ok(await plan.Grain.GetFollowUpReportAsync(Instant.FromDateTimeOffset(time.GetUtcNow()), cancellationToken));
    }

    /// <summary>The plan of <paramref name="year"/>; a 400 for a year that is not one, a 404 when nothing is planned for it.</summary>
    private static async Task<(FoundPlan? Plan, ProblemHttpResult? Problem)> FindAsync(
        IGrainFactory grains, string org, string year, CancellationToken cancellationToken)
    {
        if (WheelYears.Parse(year) is not { } value)
        {
            return (null, WheelYears.YearProblem());
        }

        var grain = grains.GetGrain<IInternalControlPlanGrain>($"{org}/internal-control/{value}");
        var snapshot = await grain.GetAsync(cancellationToken);
        return snapshot.Status == InternalControlPlanStatus.NotPlanned
            ? (null, NotFound("internal-control.not-planned", $"Det finns ingen internkontrollplan för {value}."))
            : (new FoundPlan(grain, snapshot), null);
    }


    private static ProblemHttpResult NotFound(string code, string detail) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", code, detail);

    private sealed record FoundPlan(IInternalControlPlanGrain Grain, InternalControlPlanSnapshot Snapshot);
}
