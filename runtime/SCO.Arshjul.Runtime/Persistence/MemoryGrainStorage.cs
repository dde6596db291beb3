using System.Globalization;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Grain state and outbox in memory, with the semantics of the SQL providers (same ETags, conflicts and outbox
/// rules): for fast unit tests. Thread-safe; everything is lost with the instance.
/// </summary>
/// <param name="timeProvider">Clock for the outbox's <c>CreatedUtc</c>; the system clock if null.</param>
public sealed class MemoryGrainStorage(TimeProvider? timeProvider = null) : IGrainStorage, IOutboxStore
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, StoredState> _states = [];
    private readonly Dictionary<Guid, StoredOutboxMessage> _outbox = [];
    private readonly Dictionary<string, Guid> _idsByIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, long> _insertionOrder = [];
    private long _nextInsertion;

    /// <inheritdoc />
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_states.GetValueOrDefault(grainId));
        }
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(
        GrainId grainId,
        string payload,
        string? expectedETag,
        IReadOnlyList<OutboxMessage> outgoing,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(outgoing);
        cancellationToken.ThrowIfCancellationRequested();
        _ = grainId.OrganisationId; // validates the key, as the SQL providers do when they store it
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var stored = _states.GetValueOrDefault(grainId)?.ETag;
            if (stored != expectedETag)
            {
                throw Conflict(grainId, stored, expectedETag, deleting: false);
            }

            // Checked in full before anything changes, as the SQL transaction would roll back.
            var accepted = new List<OutboxMessage>(outgoing.Count);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var message in outgoing)
            {
                ArgumentNullException.ThrowIfNull(message, nameof(outgoing));
                if (_idsByIdempotencyKey.ContainsKey(message.IdempotencyKey) || !keys.Add(message.IdempotencyKey))
                {
                    continue;
                }

                if (_outbox.ContainsKey(message.Id) || accepted.Exists(m => m.Id == message.Id))
                {
                    throw new InvalidOperationException($"Outbox message {message.Id} of {grainId} already exists; nothing was written.");
                }

                accepted.Add(message);
            }

            var etag = (stored is null ? 1 : long.Parse(stored, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            _states[grainId] = new StoredState(payload, etag);
            foreach (var message in accepted)
            {
                _outbox.Add(message.Id, new StoredOutboxMessage(message.Id, grainId, message.Kind, message.IdempotencyKey, message.Payload, now, null, 0, null));
                _idsByIdempotencyKey.Add(message.IdempotencyKey, message.Id);
                _insertionOrder.Add(message.Id, _nextInsertion++);
            }

            return Task.FromResult(etag);
        }
    }

    /// <inheritdoc />
    public Task ClearAsync(GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var stored = _states.GetValueOrDefault(grainId)?.ETag;
            if (stored != expectedETag)
            {
                throw Conflict(grainId, stored, expectedETag, deleting: true);
            }

            _states.Remove(grainId);
            return Task.CompletedTask;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(int maxCount, string? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            IReadOnlyList<StoredOutboxMessage> pending = [.. _outbox.Values
                .Where(m => m.ProcessedUtc is null && (kind is null || m.Kind == kind))
                .OrderBy(m => m.CreatedUtc.UtcTicks)
                .ThenBy(m => _insertionOrder[m.Id])
                .Take(maxCount)];
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default) =>
        Update(id, m => m.ProcessedUtc is null ? m with { ProcessedUtc = processedUtc.ToUniversalTime() } : m, cancellationToken);

    /// <inheritdoc />
    public Task RecordFailureAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Update(id, m => m with { Attempts = m.Attempts + 1, LastError = error }, cancellationToken);
    }

    // Unknown ids are ignored, as the SQL providers' UPDATE … WHERE id = @id ignores them.
    private Task Update(Guid id, Func<StoredOutboxMessage, StoredOutboxMessage> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_outbox.TryGetValue(id, out var message))
            {
                _outbox[id] = change(message);
            }

            return Task.CompletedTask;
        }
    }

    // The same wording as the SQL providers (SCO.Arshjul.Storage.ETags.Conflict), so tests and logs read alike.
    private static InconsistentStateException Conflict(GrainId grainId, string? storedETag, string? currentETag, bool deleting) => new(
        $"State of {grainId} {(storedETag is null ? "was cleared by another silo (no stored state" : $"was written by another silo (stored ETag {storedETag}")}, "
        + $"{(currentETag is null ? "this activation had none" : $"this activation had {currentETag}")}); nothing was {(deleting ? "deleted" : "written")}.",
        storedETag,
        currentETag);
}
