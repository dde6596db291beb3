namespace SCO.Arshjul.Runtime;

/// <summary>Reads and settles the outbox that <see cref="IGrainStorage.WriteAsync"/> fills.</summary>
public interface IOutboxStore
{
    /// <summary>Messages not yet processed, oldest first, optionally of one kind.</summary>
    Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(int maxCount, string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>Marks a message processed at <paramref name="processedUtc"/>.</summary>
    Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: the attempt count rises and the error is kept.</summary>
    Task RecordFailureAsync(Guid id, string error, CancellationToken cancellationToken = default);
}
