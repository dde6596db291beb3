using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// One organisation's year; see <see cref="IAnnualWheelGrain"/>. Generation here; the due and overdue queries in
/// AnnualWheelGrain.Queries.cs. Calls item grains, the decision register and the roster; nothing calls the wheel.
/// </summary>
[GrainType("wheel")]
internal sealed partial class AnnualWheelGrain(TimeProvider timeProvider)
    : GovernanceGrain<AnnualWheelState>(timeProvider), IAnnualWheelGrain
{
    public async Task<AnnualWheelSnapshot> GenerateAsync(YearPlan plan, string actor, CancellationToken cancellationToken = default)
    {
        Require.Present(plan, "Årsplan");
        var by = RequireActor(actor);
        var year = KeyYear.Of(Key);
        OrganisationScope.RequireSame(OrganisationId, plan.OrganisationId, $"Årsplanen för {plan.OrganisationId}");
        if (plan.Year != year)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.WheelYearMismatch,
                $"Årsplanen gäller {plan.Year}, men detta är årshjulet för {year}.");
        }

        await WheelPlanValidator.ValidateAsync(plan, Roster, cancellationToken);
        var activities = WheelActivities.From(plan);
        await PlanItemsAsync(plan, by, cancellationToken);
        if (State.Source == plan.Source && GovernanceJson.SameContent(State.Activities, activities))
        {
            return ToSnapshot();
        }

        var now = Now();
        State.Source = plan.Source;
        State.GeneratedAt = now;
        State.Activities = activities;
        await CommitAsync(new AuditEntry(
            now,
            by,
            "wheel.generated",
            $"Årshjulet {year} genererat: {plan.Meetings.Count} möten, {plan.Deadlines.Count} frister, " +
            $"{plan.WorkEnvironmentTasks.Count} arbetsmiljöuppgifter, {plan.InternalControl.Controls.Count} internkontroller."));
        return ToSnapshot();
    }

    public Task<AnnualWheelSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    public Task<IReadOnlyList<WheelActivity>> GetActivitiesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WheelActivity>>([.. State.Activities]);

    /// <summary>Plans every item on its grain; each item's plan is idempotent, so the same plan again changes nothing.</summary>
    private async Task PlanItemsAsync(YearPlan plan, string actor, CancellationToken cancellationToken)
    {
        foreach (var meeting in plan.Meetings)
        {
            await GrainFactory.GetGrain<IMeetingGrain>(GrainKey.Of(OrganisationId, "meeting", meeting.Id)).PlanAsync(meeting, actor, cancellationToken);
        }

        foreach (var deadline in plan.Deadlines)
        {
            await GrainFactory.GetGrain<IDeadlineGrain>(GrainKey.Of(OrganisationId, "deadline", deadline.Id)).PlanAsync(deadline, actor, cancellationToken);
        }

        foreach (var task in plan.WorkEnvironmentTasks)
        {
            await GrainFactory.GetGrain<IWorkEnvironmentTaskGrain>(GrainKey.Of(OrganisationId, "sam-task", task.Id)).PlanAsync(task, actor, cancellationToken);
        }

        await GrainFactory.GetGrain<IInternalControlPlanGrain>(GrainKey.Of(OrganisationId, "internal-control", GrainKey.ItemOf(Key)))
            .PlanAsync(plan.InternalControl, actor, cancellationToken);
    }

    private AnnualWheelSnapshot ToSnapshot() =>
        new(Key, KeyYear.Of(Key), State.Source, State.GeneratedAt, [.. State.Activities], State.Version, [.. State.History]);
}
