using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.WorkEnvironment;

/// <summary>
/// A task of the systematic work-environment management (SAM): skyddsrond, APT, enkät, brandskyddsutbildning …
/// Key: <c>{org}/sam-task/{id}</c>, e.g. <c>sco/sam-task/2025-05-skyddsrond</c>. Calls the roster grain.
/// Every change is recorded in the history and enqueues an outbox message <c>sam-task.changed</c>
/// (payload <see cref="Common.ChecklistItemChanged"/>). Rejections carry <c>sam-task.*</c> codes
/// (<see cref="Common.ChecklistErrorCodes"/>) and change nothing.
/// </summary>
public interface IWorkEnvironmentTaskGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the task from <paramref name="plan"/> or updates it while open. The plan's id must be the key's item and
    /// its responsible person must be in the roster. The same plan again changes nothing.
    /// </summary>
    [ReRunOnConflict]
    Task<WorkEnvironmentTaskSnapshot> PlanAsync(
        PlannedWorkEnvironmentTask plan,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>Records the task as done, with a required documentation note. Completing twice is rejected.</summary>
    [ReRunOnConflict]
    Task<WorkEnvironmentTaskSnapshot> CompleteAsync(
        string documentationNote,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>The task as it stands; status <see cref="Common.ChecklistStatus.NotPlanned"/> if never planned.</summary>
    Task<WorkEnvironmentTaskSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
