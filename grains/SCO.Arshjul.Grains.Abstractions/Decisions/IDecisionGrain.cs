using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>
/// One board decision and how far it has been carried out (<see cref="DecisionStatus"/>).
/// Key: <c>{org}/decision/{reference}</c>, e.g. <c>sco/decision/SCÖ 2024-2.13</c>.
/// Calls the roster grain and, after every write, upserts its <see cref="DecisionSummary"/> into the organisation's
/// <see cref="IDecisionRegisterGrain"/>. Every change is recorded in the history and enqueues an outbox message
/// <c>decision.changed</c> (idempotency key <c>{key}/v{version}</c>, payload <see cref="DecisionChanged"/>).
/// Every command throws <see cref="Common.GovernanceRuleException"/> when it breaks a rule, and then changes nothing.
/// </summary>
public interface IDecisionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the decision with status beslutat. Recording the same decision again changes nothing; recording
    /// different content for a recorded decision is rejected (<c>decision.already-recorded</c>).
    /// </summary>
    [ReRunOnConflict]
    Task<DecisionSnapshot> RecordAsync(RecordDecision decision, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the decision to <paramref name="status"/>: the next step, or avbrutet from a status that is not final.
    /// A step that skips one is rejected (<c>decision.status.skipped-step</c>).
    /// </summary>
    /// <param name="note">Optional comment, kept as a dated note.</param>
    Task<DecisionSnapshot> ChangeStatusAsync(
        DecisionStatus status,
        string? note,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a dated progress note.</summary>
    [ReRunOnConflict]
    Task<DecisionSnapshot> AddNoteAsync(string note, string actor, CancellationToken cancellationToken = default);

    /// <summary>The decision as it stands; status <see cref="DecisionStatus.NotRecorded"/> if never recorded.</summary>
    Task<DecisionSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
