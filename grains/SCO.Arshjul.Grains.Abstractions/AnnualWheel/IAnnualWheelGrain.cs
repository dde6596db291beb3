using NodaTime;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>
/// One organisation's year (årshjul): turns a <see cref="YearPlan"/> into meeting, deadline, internal-control and
/// work-environment grains, keeps an index of their activities and answers what is due and what is overdue.
/// Key: <c>{org}/wheel/{year}</c>, e.g. <c>sco/wheel/2025</c>. Calls the meeting, deadline, SAM-task,
/// internal-control, decision-register and roster grains; nothing calls the wheel.
/// </summary>
public interface IAnnualWheelGrain : IGrainWithStringKey
{
    /// <summary>
    /// Plans every item of <paramref name="plan"/> on its grain (meetings, deadlines and SAM tasks with
    /// <c>PlanAsync</c>; the internkontrollplan with <c>PlanAsync</c>, which drafts it for the board to adopt) and
    /// indexes the activities. The plan must be of the key's organisation and year; it is validated as a whole (ids,
    /// bodies, people, times) before any item grain is called. Generating the same plan again changes nothing.
    /// </summary>
    /// <remarks>
    /// Item grains are separate: if one still rejects its item (e.g. a changed plan for a meeting already invited),
    /// the items before it keep their update and the wheel's index is not changed. Every item's plan is idempotent,
    /// so generating again after the cause is fixed completes the work.
    /// </remarks>
    [ReRunOnConflict]
    Task<AnnualWheelSnapshot> GenerateAsync(YearPlan plan, string actor, CancellationToken cancellationToken = default);

    /// <summary>The wheel's index and history.</summary>
    Task<AnnualWheelSnapshot> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The indexed activities, by date.</summary>
    Task<IReadOnlyList<WheelActivity>> GetActivitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>The activities that fall due in [<paramref name="from"/>, <paramref name="to"/>), each with its item's current status.</summary>
    Task<IReadOnlyList<WheelDueItem>> GetDueAsync(Instant from, Instant to, CancellationToken cancellationToken = default);

    /// <summary>
    /// What is overdue at <paramref name="at"/>: deadlines, SAM tasks and controls not completed after their due date;
    /// meetings whose minutes are not approved 14 days after the meeting (unless cancelled); the internkontrollplan
    /// not adopted by its date; and the organisation's decisions past their due date that are still beslutat or pågår.
    /// A date D is overdue from the start of D + 1 in Europe/Stockholm.
    /// </summary>
    Task<IReadOnlyList<WheelOverdueItem>> GetOverdueAsync(Instant at, CancellationToken cancellationToken = default);
}
