namespace SCO.Arshjul.Runtime;

/// <content>Settling claimed outbox messages: delivered, failed for now, failed for good, or handed back; and requeuing a failed one.</content>
public sealed partial class MemoryGrainStorage
{
    /// <inheritdoc />
    public Task ReleaseAsync(Guid id, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default) => Settle(
        id,
        m => m.Status == OutboxStatus.Pending,
        m => m with { NextAttemptUtc = nextAttemptUtc.ToUniversalTime() },
        cancellationToken);

    /// <inheritdoc />
    public Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default) => Settle(
        id,
        m => m.Status != OutboxStatus.Delivered,
        m => m with { Status = OutboxStatus.Delivered, ProcessedUtc = processedUtc.ToUniversalTime() },
        cancellationToken);

    /// <inheritdoc />
    public Task RecordFailureAsync(Guid id, string error, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Settle(
            id,
            m => m.Status == OutboxStatus.Pending,
            m => m with { Attempts = m.Attempts + 1, LastError = error, NextAttemptUtc = nextAttemptUtc.ToUniversalTime() },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Settle(
            id,
            m => m.Status == OutboxStatus.Pending,
            m => m with { Status = OutboxStatus.Failed, Attempts = m.Attempts + 1, LastError = error },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RequeueAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) => Settle(
        id,
        m => m.Status == OutboxStatus.Failed,
        m => m with { Status = OutboxStatus.Pending, Attempts = 0, NextAttemptUtc = now.ToUniversalTime() },
        cancellationToken);

    /// <inheritdoc />
    public Task<StoredOutboxMessage?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_outbox.GetValueOrDefault(id));
        }
    }

    // As the SQL providers' UPDATE … WHERE id = @id AND <applies>: an unknown id, or a message the change does not
    // apply to, stays as it is (claim included); a change clears the claim. True if the message changed.
    private Task<bool> Settle(
        Guid id, Func<StoredOutboxMessage, bool> applies, Func<StoredOutboxMessage, StoredOutboxMessage> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_outbox.TryGetValue(id, out var message) || !applies(message))
            {
                return Task.FromResult(false);
            }

            _outbox[id] = change(message);
            _claims.Remove(id);
            return Task.FromResult(true);
        }
    }
}
