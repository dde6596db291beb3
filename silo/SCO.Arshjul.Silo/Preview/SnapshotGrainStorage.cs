using System.Collections.Concurrent;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// Grain state for the preview: in memory, starting from what the organisation's real storage holds. The first time a
/// grain is read (or written) its stored state is copied from <paramref name="baseline"/> into <paramref name="memory"/>;
/// from then on it lives in memory only. The baseline is only ever read (<see cref="IGrainStorage.ReadAsync"/>): no
/// write, no ETag raised, no outbox row, no schema; the outbox of the preview is <paramref name="memory"/>'s own.
/// </summary>
/// <param name="memory">Where the preview's state and outbox live.</param>
/// <param name="baseline">The real storage, read-only; null for none (a year never generated, no database yet).</param>
internal sealed class SnapshotGrainStorage(MemoryGrainStorage memory, IGrainStorage? baseline) : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainId, Lazy<Task>> _copied = new();

    /// <summary>How many grains' states were copied from the baseline.</summary>
    public int CopiedCount => _copied.Values.Count(c => c.IsValueCreated);

    /// <inheritdoc />
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => memory.EnsureSchemaAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        await CopyOnceAsync(grainId, cancellationToken);
        return await memory.ReadAsync(grainId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(
        GrainId grainId,
        string payload,
        string? expectedETag,
        IReadOnlyList<OutboxMessage> outgoing,
        CancellationToken cancellationToken = default)
    {
        await CopyOnceAsync(grainId, cancellationToken);
        return await memory.WriteAsync(grainId, payload, expectedETag, outgoing, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ClearAsync(GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await CopyOnceAsync(grainId, cancellationToken);
        await memory.ClearAsync(grainId, expectedETag, cancellationToken);
    }

    // Once per grain, whoever asks first: a state cleared in the preview is not brought back from the baseline.
    private Task CopyOnceAsync(GrainId grainId, CancellationToken cancellationToken) =>
        baseline is null ? Task.CompletedTask : _copied.GetOrAdd(grainId, id => new Lazy<Task>(() => CopyAsync(id, cancellationToken))).Value;

    private async Task CopyAsync(GrainId grainId, CancellationToken cancellationToken)
    {
        if (await baseline!.ReadAsync(grainId, cancellationToken) is { } stored)
        {
            await memory.WriteAsync(grainId, stored.Payload, expectedETag: null, [], cancellationToken);
        }
    }
}
