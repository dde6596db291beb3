using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>Grain storage whose database can be taken away: while <see cref="Away"/>, every call throws as a stopped PostgreSQL does.</summary>
internal sealed class AwayGrainStorage(IGrainStorage storage) : IGrainStorage
{
    public bool Away { get; set; }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => storage.EnsureSchemaAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        Away ? Task.FromException<StoredState?>(new UnreachableDatabaseException()) : storage.ReadAsync(grainId, cancellationToken);

    public Task<string> WriteAsync(GrainId grainId, string payload, string? expectedETag, IReadOnlyList<OutboxMessage> outgoing, CancellationToken cancellationToken = default) =>
        Away ? Task.FromException<string>(new UnreachableDatabaseException()) : storage.WriteAsync(grainId, payload, expectedETag, outgoing, cancellationToken);

    public Task ClearAsync(GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default) =>
        Away ? Task.FromException(new UnreachableDatabaseException()) : storage.ClearAsync(grainId, expectedETag, cancellationToken);
}
