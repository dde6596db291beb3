using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// The year's internkontrollplan; see <see cref="IInternalControlPlanGrain"/>. Planning and adoption here; checking
/// off in InternalControlPlanGrain.CheckOff.cs; the follow-up report in <see cref="InternalControlFollowUp"/>.
/// </summary>
[GrainType("internal-control")]
internal sealed partial class InternalControlPlanGrain(TimeProvider timeProvider)
    : GovernanceGrain<InternalControlPlanState>(timeProvider), IInternalControlPlanGrain
{
    protected override string OutboxKind => "internal-control.changed";

    public async Task<InternalControlPlanSnapshot> PlanAsync(
        PlannedInternalControlPlan plan,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var (by, planned) = await PrepareAsync(plan, actor, cancellationToken);
        if (IsSamePlan(planned))
        {
            return ToSnapshot();
        }

        RequireNotAdopted();
        var action = State.Plan is null ? "internal-control.planned" : "internal-control.plan-updated";
        State.Plan = planned;
        State.Status = InternalControlPlanStatus.Planned;
        await CommitAsync(new AuditEntry(Now(), by, action, $"Internkontrollplan upprättad med {planned.Controls.Count} kontroller."));
        return ToSnapshot();
    }

    public async Task<InternalControlPlanSnapshot> AdoptAsync(
        PlannedInternalControlPlan plan,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var (by, planned) = await PrepareAsync(plan, actor, cancellationToken);
        if (State.Status == InternalControlPlanStatus.Adopted && IsSamePlan(planned))
        {
            return ToSnapshot();
        }

        RequireNotAdopted();
        var now = Now();
        State.Plan = planned;
        State.Status = InternalControlPlanStatus.Adopted;
        State.AdoptedAt = now;
        State.AdoptedBy = by;
        await CommitAsync(new AuditEntry(now, by, "internal-control.adopted", $"Internkontrollplanen fastställd med {planned.Controls.Count} kontroller."));
        return ToSnapshot();
    }

    public Task<InternalControlPlanSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    public Task<InternalControlFollowUpReport> GetFollowUpReportAsync(Instant asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult(InternalControlFollowUp.Build(ToSnapshot(), asOf));

    protected override object DescribeChange(AuditEntry entry) =>
        new InternalControlChanged(Key, State.Version, entry.Action, State.Status, LastCheckedControlId);

    /// <summary>Validates a command to plan or adopt: the actor, the key's year, and the plan against the roster.</summary>
    private async Task<(string By, PlannedInternalControlPlan Plan)> PrepareAsync(
        PlannedInternalControlPlan plan,
        string actor,
        CancellationToken cancellationToken)
    {
        var by = RequireActor(actor);
        KeyYear.Of(Key);
        return (by, await InternalControlPlanValidator.ValidateAsync(plan, Roster, cancellationToken));
    }

    private bool IsSamePlan(PlannedInternalControlPlan planned) =>
        State.Plan is not null && GovernanceJson.SameContent(State.Plan, planned);

    private void RequireNotAdopted()
    {
        if (State.Status == InternalControlPlanStatus.Adopted)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlPlanLocked,
                "Internkontrollplanen är redan fastställd och kan inte ändras.");
        }
    }

    private InternalControlPlanSnapshot ToSnapshot() => new(
        Key,
        KeyYear.Of(Key),
        State.Status,
        State.Plan?.AdoptBy,
        State.Plan?.FollowUpDue,
        State.Plan?.Assumed ?? false,
        State.AdoptedAt,
        State.AdoptedBy,
        [
            .. (State.Plan?.Controls ?? []).Select(c => new ControlSnapshot(
                c.Id,
                c.Area,
                c.Title,
                c.Probability,
                c.Consequence,
                c.Probability * c.Consequence,
                c.Method,
                c.ResponsiblePersonId,
                c.Due,
                State.Checks.GetValueOrDefault(c.Id))),
        ],
        State.Version,
        [.. State.History]);
}
