using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>A report deadline; see <see cref="IDeadlineGrain"/>. The rules live in <see cref="ChecklistGrain{TPlan, TState}"/>.</summary>
[GrainType("deadline")]
internal sealed class DeadlineGrain(TimeProvider timeProvider)
    : ChecklistGrain<PlannedDeadline, DeadlineState>(timeProvider), IDeadlineGrain
{
    protected override string CodePrefix => ChecklistErrorCodes.DeadlinePrefix;

    protected override string Noun => "Fristen";

    public async Task<DeadlineSnapshot> PlanAsync(PlannedDeadline plan, string actor, CancellationToken cancellationToken = default)
    {
        await PlanItemAsync(plan, actor, cancellationToken);
        return ToSnapshot();
    }

    public async Task<DeadlineSnapshot> CompleteAsync(string documentationNote, string actor, CancellationToken cancellationToken = default)
    {
        await CompleteItemAsync(documentationNote, actor);
        return ToSnapshot();
    }

    public Task<DeadlineSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    protected override ChecklistItemFields Describe(PlannedDeadline plan) =>
        new(plan.Id, plan.Title, plan.Due, plan.ResponsiblePersonId);

    protected override PlannedDeadline WithResponsible(PlannedDeadline plan, string personId) =>
        plan with { ResponsiblePersonId = personId };

    private DeadlineSnapshot ToSnapshot() =>
        new(Key, State.Plan, State.Status, State.Completion, State.Version, [.. State.History]);
}
