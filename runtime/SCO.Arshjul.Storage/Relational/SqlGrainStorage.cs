using System.Data.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <summary>
/// Grain state, outbox and delivery attempt log in a SQL database: the base of <see cref="SqliteGrainStorage"/> and
/// <see cref="PostgresGrainStorage"/>, which differ only in their <see cref="SqlDialect"/>. A state write and its outbox
/// messages commit in one transaction; the ETag is the row's version number.
/// </summary>
public abstract partial class SqlGrainStorage : IGrainStorage, IOutboxStore, IAsyncDisposable, IDisposable
{
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _timeProvider;

    private protected SqlGrainStorage(SqlDialect dialect, TimeProvider? timeProvider)
    {
        _dialect = dialect;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _pendingSql = OutboxSql.SelectPending(dialect.InsertionOrderColumn, byKind: false);
        _pendingOfKindSql = OutboxSql.SelectPending(dialect.InsertionOrderColumn, byKind: true);
        _claimSql = OutboxSql.Claim(dialect.InsertionOrderColumn, dialect.ClaimLockClause);
        _lockAttemptSql = DeliveryAttemptSql.Select(dialect.RowLockClause);
    }

    /// <inheritdoc />
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _dialect.EnsureSchemaAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(GrainStateSql.Select).With("@type", grainId.Type).With("@key", grainId.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(reader.GetString(0), ETags.Format(reader.GetInt64(1))) : null;
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(
        GrainId grainId,
        string payload,
        string? expectedETag,
        IReadOnlyList<OutboxMessage> outgoing,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(outgoing);
        _ = grainId.OrganisationId; // validates the key before anything is opened
        var now = _dialect.ToDb(_timeProvider.GetUtcNow());

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        if (outgoing.Count == 0)
        {
            // Nothing to commit beside the state: the conditional insert or update is atomic on its own, so it runs as
            // one statement (one round trip) without an explicit transaction.
            return ETags.Format(await TryWriteStateAsync(connection, null, grainId, payload, expectedETag, now, cancellationToken)
                ?? throw InconsistentStateException.For(grainId, await ReadETagAsync(connection, null, grainId, cancellationToken), expectedETag, deleting: false));
        }

        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        var version = await TryWriteStateAsync(connection, transaction, grainId, payload, expectedETag, now, cancellationToken);
        if (version is null)
        {
            // Disposing the transaction unwritten rolls it back: neither state nor outbox rows.
            throw InconsistentStateException.For(grainId, await ReadETagAsync(connection, transaction, grainId, cancellationToken), expectedETag, deleting: false);
        }

        await InsertOutgoingAsync(transaction, grainId, outgoing, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ETags.Format(version.Value);
    }

    /// <inheritdoc />
    public async Task ClearAsync(GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        var deleted = 0;
        if (expectedETag is not null && ETags.TryParse(expectedETag, out var expected))
        {
            await using var delete = connection.CreateCommand(GrainStateSql.Delete, transaction)
                .With("@type", grainId.Type).With("@key", grainId.Key).With("@etag", expected);
            deleted = await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (deleted == 0)
        {
            var stored = await ReadETagAsync(connection, transaction, grainId, cancellationToken);
            if (stored is not null || expectedETag is not null)
            {
                throw InconsistentStateException.For(grainId, stored, expectedETag, deleting: true);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dialect.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _dialect.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Inserts (no expected ETag) or updates (matching ETag) the row; the new version, or null on a conflict.</summary>
    private static async Task<long?> TryWriteStateAsync(
        DbConnection connection, DbTransaction? transaction, GrainId grainId, string payload, string? expectedETag, object now, CancellationToken cancellationToken)
    {
        DbCommand write;
        if (expectedETag is null)
        {
            write = connection.CreateCommand(GrainStateSql.Insert, transaction).With("@organisation", grainId.OrganisationId);
        }
        else if (ETags.TryParse(expectedETag, out var expected))
        {
            write = connection.CreateCommand(GrainStateSql.Update, transaction).With("@etag", expected);
        }
        else
        {
            return null;
        }

        await using (write)
        {
            return await write.With("@type", grainId.Type).With("@key", grainId.Key)
                .With("@payload", payload).With("@now", now).ExecuteInt64OrNullAsync(cancellationToken);
        }
    }

    private static async Task<string?> ReadETagAsync(DbConnection connection, DbTransaction? transaction, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand(GrainStateSql.SelectETag, transaction)
            .With("@type", grainId.Type).With("@key", grainId.Key);
        var version = await select.ExecuteInt64OrNullAsync(cancellationToken);
        return version is null ? null : ETags.Format(version.Value);
    }
}
