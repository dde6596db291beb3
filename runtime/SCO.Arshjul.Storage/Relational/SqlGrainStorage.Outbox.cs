using System.Data.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <content>The outbox side: appending, reading, listing and claiming messages.</content>
public abstract partial class SqlGrainStorage
{
    private readonly string _pendingSql;
    private readonly string _pendingOfKindSql;
    private readonly string _claimSql;

    /// <inheritdoc />
    public async Task<int> AppendAsync(GrainId source, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        _ = source.OrganisationId; // validates the key before anything is opened
        var now = _dialect.ToDb(_timeProvider.GetUtcNow());
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        var appended = await InsertOutgoingAsync(transaction, source, messages, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return appended;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(
        int maxCount,
        string? kind = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(kind is null ? _pendingSql : _pendingOfKindSql).With("@max", maxCount);
        if (kind is not null)
        {
            command.With("@kind", kind);
        }

        return [.. (await ReadMessagesAsync(command, cancellationToken)).Select(m => m.Message)];
    }

    /// <inheritdoc />
    public async Task<StoredOutboxMessage?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(OutboxSql.SelectById).With("@id", _dialect.ToDb(id));
        return (await ReadMessagesAsync(command, cancellationToken)).Select(m => m.Message).SingleOrDefault();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ListAsync(
        string? kind,
        string? status,
        int maxCount,
        CancellationToken cancellationToken = default) => ListAsync(null, kind, status, maxCount, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ListOfOrganisationAsync(
        string organisationId,
        string? kind,
        string? status,
        int maxCount,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        return ListAsync(organisationId, kind, status, maxCount, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredOutboxMessage>> ListAsync(
        string? organisationId, string? kind, string? status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        if (status is not null && !OutboxStatus.IsKnown(status))
        {
            throw new ArgumentException($"Unknown outbox status '{status}'.", nameof(status));
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection
            .CreateCommand(OutboxSql.List(_dialect.InsertionOrderColumn, organisationId is not null, kind is not null, status is not null))
            .With("@org", organisationId).With("@max", maxCount).With("@kind", kind).With("@status", status);
        return [.. (await ReadMessagesAsync(command, cancellationToken)).Select(m => m.Message)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredOutboxMessage>> ClaimAsync(
        string kind,
        int maxCount,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand(_claimSql, transaction)
            .With("@kind", kind).With("@max", maxCount).With("@owner", owner)
            .With("@now", _dialect.ToDb(now)).With("@lease", _dialect.ToDb(leaseUntil));
        var claimed = await ReadMessagesAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(m => m.Message.CreatedUtc).ThenBy(m => m.InsertionOrder).Select(m => m.Message)];
    }

    /// <summary>Inserts the messages not yet in the outbox (by idempotency key); returns how many were new.</summary>
    private async Task<int> InsertOutgoingAsync(
        DbTransaction transaction, GrainId source, IReadOnlyList<OutboxMessage> messages, object now, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var message in messages)
        {
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
            await using var insert = transaction.Connection!.CreateCommand(OutboxSql.Insert, transaction)
                .With("@id", _dialect.ToDb(message.Id)).With("@organisation", source.OrganisationId)
                .With("@type", source.Type).With("@key", source.Key).With("@kind", message.Kind)
                .With("@idempotency", message.IdempotencyKey).With("@payload", message.Payload).With("@now", now);
            inserted += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return inserted;
    }

    /// <summary>Reads rows of <see cref="OutboxSql.Columns"/>, and the insertion order where the statement returns it as a last column.</summary>
    private async Task<List<(StoredOutboxMessage Message, long InsertionOrder)>> ReadMessagesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<(StoredOutboxMessage, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add((ReadMessage(reader), reader.FieldCount > 12 ? reader.GetInt64(12) : messages.Count));
        }

        return messages;
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
        LastError: reader.IsDBNull(9) ? null : reader.GetString(9),
        Status: reader.GetString(10),
        NextAttemptUtc: _dialect.ReadInstant(reader, 11));
}
