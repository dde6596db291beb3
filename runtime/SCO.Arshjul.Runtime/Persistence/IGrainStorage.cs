namespace SCO.Arshjul.Runtime;

/// <summary>
/// Stores grain state as JSON with an ETag, and the outbox messages a state change causes, in one transaction.
/// Implementations: SQLite (embedded default) and PostgreSQL; both pass the same contract tests.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Creates the tables if they are missing. Safe to call on every start, from several silos at once.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the grain's state, or null if it was never written (or was cleared).</summary>
    Task<StoredState?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the state and appends <paramref name="outgoing"/> to the outbox, atomically. <paramref name="expectedETag"/> is null
    /// for a grain never written. Returns the new ETag.
    /// </summary>
    /// <exception cref="InconsistentStateException">The stored ETag differs: nothing was written.</exception>
    Task<string> WriteAsync(
        GrainId grainId,
        string payload,
        string? expectedETag,
        IReadOnlyList<OutboxMessage> outgoing,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes the state if its ETag matches.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag differs: nothing was deleted.</exception>
    Task ClearAsync(GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default);
}
