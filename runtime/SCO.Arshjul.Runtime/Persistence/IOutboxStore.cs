namespace SCO.Arshjul.Runtime;

/// <summary>
/// The outbox that <see cref="IGrainStorage.WriteAsync"/> and <see cref="AppendAsync"/> fill, and its delivery state.
/// A dispatcher claims due messages of one kind for a lease (so two nodes never deliver the same message), then
/// settles each: delivered, failed for now (retried later), or failed for good. A claim whose lease ran out (the node
/// died) may be claimed again by anyone.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Appends messages without a state write, in one transaction, on behalf of <paramref name="source"/>; a message
    /// whose idempotency key is already stored (or repeats one earlier in the batch) is ignored.
    /// </summary>
    /// <returns>How many messages were new.</returns>
    /// <exception cref="ArgumentException">The source's key has no organisation.</exception>
    Task<int> AppendAsync(GrainId source, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Pending messages (delivered and failed ones excluded), oldest first, optionally of one kind. Ignores claims.</summary>
    Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(int maxCount, string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically claims up to <paramref name="maxCount"/> pending messages of <paramref name="kind"/> whose next attempt
    /// is due at <paramref name="now"/> and that nobody holds (or whose lease has run out), for
    /// <paramref name="owner"/> until <paramref name="leaseUntil"/>. Oldest first. Concurrent callers get disjoint sets.
    /// </summary>
    Task<IReadOnlyList<StoredOutboxMessage>> ClaimAsync(
        string kind,
        int maxCount,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands a claimed message back without counting an attempt (e.g. it must wait for siblings to combine with):
    /// it is due again at <paramref name="nextAttemptUtc"/>. Only a pending message changes.
    /// </summary>
    Task ReleaseAsync(Guid id, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default);

    /// <summary>Marks a message delivered at <paramref name="processedUtc"/> and clears its claim; a second call keeps the first instant.</summary>
    Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt of a pending message: the attempt count rises, the error is kept, the claim is released
    /// and the message is due again at <paramref name="nextAttemptUtc"/>.
    /// </summary>
    Task RecordFailureAsync(Guid id, string error, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a pending message up: status failed, the failed attempt counted, <paramref name="error"/> kept, claim cleared.
    /// It is never claimed again, unless <see cref="RequeueAsync"/> makes it pending.
    /// </summary>
    Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default);

    /// <summary>
    /// A failed message retried by hand (from the API): it becomes pending again, due at <paramref name="now"/>, its
    /// attempt count back at 0 (so it gets every attempt again), its claim cleared and its last error kept for the
    /// record. One atomic step: of concurrent requeues of the same message, one wins.
    /// </summary>
    /// <returns>True if the message was failed and is pending now; false (and nothing changed) for a pending or delivered message, or an unknown id.</returns>
    Task<bool> RequeueAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>One message of any status by its id (for the API), or null if there is none.</summary>
    Task<StoredOutboxMessage?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Messages newest first, optionally of one kind and one <see cref="OutboxStatus"/> (for the API).</summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not one of <see cref="OutboxStatus"/>.</exception>
    Task<IReadOnlyList<StoredOutboxMessage>> ListAsync(
        string? kind,
        string? status,
        int maxCount,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The messages of one organisation (their source grain's), newest first, optionally of one kind and one
    /// <see cref="OutboxStatus"/>: what one förbund's people see, however many others share the store.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not one of <see cref="OutboxStatus"/>.</exception>
    Task<IReadOnlyList<StoredOutboxMessage>> ListOfOrganisationAsync(
        string organisationId,
        string? kind,
        string? status,
        int maxCount,
        CancellationToken cancellationToken = default);
}
