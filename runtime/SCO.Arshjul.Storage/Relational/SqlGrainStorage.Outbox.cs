using System.Data.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <content>The outbox side: reading pending messages and settling them.</content>
public abstract partial class SqlGrainStorage
{
    private readonly string _pendingSql;
    private readonly string _pendingOfKindSql;

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(
        int maxCount,
        string? kind = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(kind is null ? _pendingSql : _pendingOfKindSql)
            .With("@max", maxCount);
        if (kind is not null)
        {
            command.With("@kind", kind);
        }

        var messages = new List<StoredOutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(ReadMessage(reader));
        }

        return messages;
    }

    /// <inheritdoc />
    public async Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(OutboxSql.MarkProcessed)
            .With("@id", _dialect.ToDb(id)).With("@processed", _dialect.ToDb(processedUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordFailureAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(OutboxSql.RecordFailure)
            .With("@id", _dialect.ToDb(id)).With("@error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private StoredOutboxMessage ReadMessage(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        Source: new GrainId(reader.GetString(1), reader.GetString(2)),
        Kind: reader.GetString(3),
        IdempotencyKey: reader.GetString(4),
        Payload: reader.GetString(5),
        CreatedUtc: _dialect.ReadInstant(reader, 6),
        ProcessedUtc: reader.IsDBNull(7) ? null : _dialect.ReadInstant(reader, 7),
        Attempts: reader.GetInt32(8),
        LastError: reader.IsDBNull(9) ? null : reader.GetString(9));
}
