using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Deadlines;

/// <summary>
/// A report deadline (årsredovisning, delårsrapport, statusrapport, ESF-rapport …) and whether it was met.
/// Key: <c>{org}/deadline/{id}</c>, e.g. <c>sco/deadline/2025-04-30-arsredovisning</c>. Calls the roster grain.
/// Every change is recorded in the history and enqueues an outbox message <c>deadline.changed</c>
/// (payload <see cref="Common.ChecklistItemChanged"/>). Rejections carry <c>deadline.*</c> codes
/// (<see cref="Common.ChecklistErrorCodes"/>) and change nothing.
/// </summary>
public interface IDeadlineGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the deadline from <paramref name="plan"/> or updates it while open. The plan's id must be the key's item
    /// and its responsible person must be in the roster. The same plan again changes nothing.
    /// </summary>
    [ReRunOnConflict]
    Task<DeadlineSnapshot> PlanAsync(PlannedDeadline plan, string actor, CancellationToken cancellationToken = default);

    /// <summary>Records the deadline as met, with a required documentation note. Completing twice is rejected.</summary>
    [ReRunOnConflict]
    Task<DeadlineSnapshot> CompleteAsync(string documentationNote, string actor, CancellationToken cancellationToken = default);

    /// <summary>The deadline as it stands; status <see cref="Common.ChecklistStatus.NotPlanned"/> if never planned.</summary>
    Task<DeadlineSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
