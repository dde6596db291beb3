namespace SCO.Arshjul.Runtime;

/// <summary>
/// A durable record of side effects that carry no idempotency key of their own, such as sending a mail: the attempt is
/// written down before it is made and settled after. A node that dies between the two leaves the attempt
/// <see cref="DeliveryAttemptState.Started"/>, so whoever tries again learns that it may already have happened
/// (<see cref="PriorDeliveryAttempt.InDoubt"/>) and can say so, instead of silently doing it twice. Kept beside the
/// outbox, in the same database (table <c>arshjul_delivery_attempt</c>).
/// </summary>
public interface IDeliveryAttemptLog
{
    /// <summary>
    /// Atomically records that the effect named <paramref name="key"/> is about to be attempted at
    /// <paramref name="now"/>, and returns what earlier attempts left. A key that already
    /// <see cref="PriorDeliveryAttempt.Succeeded"/> is left unchanged (do not attempt it again); otherwise the attempt is
    /// now <see cref="DeliveryAttemptState.Started"/> at <paramref name="now"/>, its count raised (and its in-doubt count
    /// too if the previous attempt was never settled), its settled instant cleared and its last error kept. Concurrent
    /// callers on one key (on any node) are serialised: of several racing on a fresh key, exactly one gets
    /// <see cref="PriorDeliveryAttempt.None"/>.
    /// </summary>
    /// <param name="key">Names the effect, compared ordinally (case and accents count), e.g. <c>sco/decision/SCÖ 2024-2.13/anna</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or longer than 400 characters; nothing is written.</exception>
    Task<PriorDeliveryAttempt> BeginAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the attempt succeeded (the effect happened) at <paramref name="now"/> and clears the last error.
    /// Succeeding twice keeps the first instant; a key that failed and was not begun again succeeds all the same (the
    /// effect happened after all).
    /// </summary>
    /// <exception cref="InvalidOperationException">No attempt of <paramref name="key"/> was begun.</exception>
    Task SucceededAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the attempt certainly did not happen (the far side refused it), keeping <paramref name="error"/>: the
    /// next <see cref="BeginAsync"/> returns <see cref="PriorDeliveryAttempt.Failed"/>. Only a started attempt changes: a key
    /// that already succeeded, or failed and was not begun again, is left unchanged (the first instant and error kept).
    /// </summary>
    /// <exception cref="InvalidOperationException">No attempt of <paramref name="key"/> was begun.</exception>
    Task FailedAsync(string key, string error, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The attempt record of <paramref name="key"/>, or null if none was begun.</summary>
    Task<DeliveryAttempt?> GetAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IDeliveryAttemptLog.BeginAsync"/> found before recording the new attempt.</summary>
public enum PriorDeliveryAttempt
{
    /// <summary>Never attempted: go ahead.</summary>
    None,

    /// <summary>Attempted and certainly not done: go ahead, it is no duplicate.</summary>
    Failed,

    /// <summary>Attempted, never settled (the node died or lost its answer): it may have happened. Go ahead and say so.</summary>
    InDoubt,

    /// <summary>Done already: do not do it again.</summary>
    Succeeded,
}

/// <summary>Where an attempt stands.</summary>
public enum DeliveryAttemptState
{
    /// <summary>Begun and not settled.</summary>
    Started,

    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>Certainly not done (the last attempt was refused).</summary>
    Failed,
}

/// <summary>One effect's attempt record.</summary>
/// <param name="Attempts">How many times it was begun.</param>
/// <param name="InDoubtCount">How many of those began while an earlier attempt was still unsettled.</param>
/// <param name="StartedUtc">When the latest attempt began (UTC).</param>
/// <param name="SettledUtc">When it last succeeded or failed (UTC); null while started.</param>
/// <param name="LastError">The error of the last failed attempt, kept while the next attempt runs; null once it succeeded.</param>
public sealed record DeliveryAttempt(
    string Key,
    DeliveryAttemptState State,
    int Attempts,
    int InDoubtCount,
    DateTimeOffset StartedUtc,
    DateTimeOffset? SettledUtc,
    string? LastError);
