namespace SCO.Arshjul.Runtime;

/// <content>Settling claimed outbox messages: delivered, failed for now, failed for good, or handed back.</content>
public sealed partial class MemoryGrainStorage
{
    /// <inheritdoc />
    public Task ReleaseAsync(Guid id, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default) =>
        Settle(id, m => m.Status == OutboxStatus.Pending ? m with { NextAttemptUtc = nextAttemptUtc.ToUniversalTime() } : m, cancellationToken);

    /// <inheritdoc />
    public Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default) => Settle(
        id,
        m => m.Status == OutboxStatus.Delivered ? m : m with { Status = OutboxStatus.Delivered, ProcessedUtc = processedUtc.ToUniversalTime() },
        cancellationToken);

    /// <inheritdoc />
    public Task RecordFailureAsync(Guid id, string error, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Settle(
            id,
            m => m.Status == OutboxStatus.Pending
                ? m with { Attempts = m.Attempts + 1, LastError = error, NextAttemptUtc = nextAttemptUtc.ToUniversalTime() }
                : m,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Settle(
            id,
            m => m.Status == OutboxStatus.Pending ? m with { Status = OutboxStatus.Failed, Attempts = m.Attempts + 1, LastError = error } : m,
            cancellationToken);
    }

    // Every settlement clears the claim. Unknown ids are ignored, as the SQL providers' UPDATE … WHERE id = @id ignores them.
    private Task Settle(Guid id, Func<StoredOutboxMessage, StoredOutboxMessage> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_outbox.TryGetValue(id, out var message))
            {
                _outbox[id] = change(message);
                _claims.Remove(id);
            }

            return Task.CompletedTask;
        }
    }
}
