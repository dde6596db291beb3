using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>A SAM task; see <see cref="IWorkEnvironmentTaskGrain"/>. The rules live in <see cref="ChecklistGrain{TPlan, TState}"/>.</summary>
[GrainType("sam-task")]
internal sealed class WorkEnvironmentTaskGrain(TimeProvider timeProvider)
    : ChecklistGrain<PlannedWorkEnvironmentTask, WorkEnvironmentTaskState>(timeProvider), IWorkEnvironmentTaskGrain
{
    protected override string CodePrefix => ChecklistErrorCodes.WorkEnvironmentTaskPrefix;

    protected override string Noun => "Arbetsmiljöuppgiften";

    public async Task<WorkEnvironmentTaskSnapshot> PlanAsync(
        PlannedWorkEnvironmentTask plan,
        string actor,
        CancellationToken cancellationToken = default)
    {
        await PlanItemAsync(plan, actor, cancellationToken);
        return ToSnapshot();
    }

    public async Task<WorkEnvironmentTaskSnapshot> CompleteAsync(
        string documentationNote,
        string actor,
        CancellationToken cancellationToken = default)
    {
        await CompleteItemAsync(documentationNote, actor);
        return ToSnapshot();
    }

    public Task<WorkEnvironmentTaskSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    protected override ChecklistItemFields Describe(PlannedWorkEnvironmentTask plan) =>
        new(plan.Id, plan.Title, plan.Due, plan.ResponsiblePersonId);

    protected override PlannedWorkEnvironmentTask WithResponsible(PlannedWorkEnvironmentTask plan, string personId) =>
        plan with { ResponsiblePersonId = personId };

    private WorkEnvironmentTaskSnapshot ToSnapshot() =>
        new(Key, State.Plan, State.Status, State.Completion, State.Version, [.. State.History]);
}
