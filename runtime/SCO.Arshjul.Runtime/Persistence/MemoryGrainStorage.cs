using System.Globalization;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Grain state, outbox and delivery attempt log in memory, with the semantics of the SQL providers (same ETags,
/// conflicts, outbox and attempt rules): for fast unit tests. Thread-safe; everything is lost with the instance.
/// </summary>
/// <param name="timeProvider">Clock for the outbox's <c>CreatedUtc</c>; the system clock if null.</param>
public sealed partial class MemoryGrainStorage(TimeProvider? timeProvider = null) : IGrainStorage, IOutboxStore
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, StoredState> _states = [];

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
                throw InconsistentStateException.For(grainId, stored, expectedETag, deleting: false);
            }

            var accepted = AcceptOutgoing(grainId, outgoing);
            var etag = (stored is null ? 1 : long.Parse(stored, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            _states[grainId] = new StoredState(payload, etag);
            AddOutgoing(grainId, accepted, now);
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
                throw InconsistentStateException.For(grainId, stored, expectedETag, deleting: true);
            }

            _states.Remove(grainId);
            return Task.CompletedTask;
        }
    }
}
