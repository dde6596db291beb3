using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.WorkEnvironment;

/// <summary>
/// <c>work-environment</c>: the year's SAM tasks for everyone of the organisation; a task checked off as done, with its
/// documentation, by the förbundschef or kansli or the person responsible for it.
/// </summary>
internal static class WorkEnvironmentEndpoints
{
    public static void MapWorkEnvironmentEndpoints(this RouteGroupBuilder organisation)
    {
        var work = organisation.MapGroup("/work-environment").WithTags("Arbetsmiljö");
        work.MapGet("/{year}", ListAsync);
        work.MapPost("/tasks/{id}/complete", CompleteAsync);
    }

    /// <summary>The SAM tasks of <paramref name="year"/>'s wheel: 400 for a year outside 2000–2100, 404 when it was never generated.</summary>
    private static async Task<Results<Ok<WorkEnvironmentYear>, ProblemHttpResult>> ListAsync(
        string org, string year, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (WheelYears.Parse(year) is not { } value)
        {
            return WheelYears.YearProblem();
        }

        if (await WheelYears.FindAsync(grains, org, value, cancellationToken) is not { } wheel)
        {
            return WheelYears.NotFound(value);
        }

        return TypedResults.Ok(new WorkEnvironmentYear(value, await WorkEnvironmentTasks.ReadAsync(grains, wheel.Activities, cancellationToken)));
    }

    /// <summary>Records the task as done (Manage, or the task's responsible person); completing twice is a 400.</summary>
    private static async Task<Results<Ok<WorkEnvironmentTaskItem>, ProblemHttpResult>> CompleteAsync(
        string org,
        string id,
        CompleteTaskRequest request,
        IGrainFactory grains,
        IAuthorizationService authorization,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var grain = grains.GetGrain<IWorkEnvironmentTaskGrain>($"{org}/sam-task/{id}");
        var task = await grain.GetAsync(cancellationToken);
        if (task.Status == ChecklistStatus.NotPlanned)
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status404NotFound, "Finns inte", "sam-task.not-found", $"Arbetsmiljöuppgiften '{id}' finns inte.");
        }

        if (!await authorization.MayActOnAsync(user, task.Plan!.ResponsiblePersonId))
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status403Forbidden,
                "Ingen behörighet",
                "sam-task.forbidden",
                "Bara den ansvariga, förbundschefen eller kansliet kan klarmarkera arbetsmiljöuppgiften.");
        }

        return TypedResults.Ok(WorkEnvironmentTaskItem.From(await grain.CompleteAsync(request.Note!.Trim(), user.ActorOf(), cancellationToken)));
    }
}
