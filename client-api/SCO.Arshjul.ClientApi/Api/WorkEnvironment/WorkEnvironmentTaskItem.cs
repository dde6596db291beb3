using NodaTime;
using SCO.Arshjul.ClientApi.Api.History;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Api.WorkEnvironment;

/// <summary>A systematic work-environment (SAM) task as the API shows it.</summary>
/// <param name="Id">The task id, e.g. <c>2026-11-11-skyddsrond</c>.</param>
/// <param name="Item">The item id for <c>items/{item}/history</c>, e.g. <c>sam-task/2026-11-11-skyddsrond</c>.</param>
/// <param name="Due">When it should be done (Europe/Stockholm).</param>
/// <param name="Responsible">The roster id of the person responsible.</param>
/// <param name="Completion">Who recorded it done, when, and where it is documented; null while open.</param>
public sealed record WorkEnvironmentTaskItem(
    string Id,
    string Item,
    string Title,
    LocalDate Due,
    ChecklistStatus Status,
    string Responsible,
    bool Assumed,
    ChecklistCompletion? Completion)
{
    /// <summary>The item of a planned task's snapshot.</summary>
    public static WorkEnvironmentTaskItem From(WorkEnvironmentTaskSnapshot task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var plan = task.Plan ?? throw new ArgumentException($"The task '{task.Key}' is not planned.", nameof(task));
        return new(plan.Id, ItemIds.Of(task.Key), plan.Title, plan.Due, task.Status, plan.ResponsiblePersonId, plan.Assumed, task.Completion);
    }
}
