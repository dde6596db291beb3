using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>
/// The year's internkontrollplan: controls with area, risk (probability × consequence), method, responsible
/// internkontrollant and due date; adopted by the board early in the year, checked off during it and followed up at
/// tertial 2. Key: <c>{org}/internal-control/{year}</c>, e.g. <c>sco/internal-control/2025</c>. Calls the roster grain.
/// Every change is recorded in the history and enqueues an outbox message <c>internal-control.changed</c>.
/// Every command throws <see cref="Common.GovernanceRuleException"/> when it breaks a rule, and then changes nothing.
/// </summary>
public interface IInternalControlPlanGrain : IGrainWithStringKey
{
    /// <summary>
    /// Draws up the plan without adopting it (what the annual wheel does), or updates a plan not yet adopted. The same
    /// plan again changes nothing, also once adopted; a different plan once adopted is rejected.
    /// </summary>
    [ReRunOnConflict]
    Task<InternalControlPlanSnapshot> PlanAsync(
        PlannedInternalControlPlan plan,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the board's adoption of <paramref name="plan"/> (planning it first if needed). Risks must be 1–4 each,
    /// control ids unique and each responsible person an internkontrollant or the förbundschef in the roster.
    /// Adopting the same plan again changes nothing; a different plan once adopted is rejected.
    /// </summary>
    [ReRunOnConflict]
    Task<InternalControlPlanSnapshot> AdoptAsync(
        PlannedInternalControlPlan plan,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks off one control of the adopted plan. <paramref name="actor"/> is the checker: a person in the roster with
    /// the role internkontrollant or förbundschef. A deviation requires an action note; a control is checked once: the
    /// same check again by the same checker (a retry whose answer was lost) changes nothing and returns the plan, a
    /// different one is rejected.
    /// </summary>
    [ReRunOnConflict]
    Task<InternalControlPlanSnapshot> CheckOffAsync(
        CheckOffControl check,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>The plan with its controls and their outcomes.</summary>
    Task<InternalControlPlanSnapshot> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The tertial-2 follow-up as of <paramref name="asOf"/>.</summary>
    Task<InternalControlFollowUpReport> GetFollowUpReportAsync(Instant asOf, CancellationToken cancellationToken = default);
}
