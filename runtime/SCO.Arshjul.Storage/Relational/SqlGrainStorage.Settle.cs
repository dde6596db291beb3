namespace SCO.Arshjul.Storage;

/// <content>Settling claimed outbox messages: delivered, failed for now, failed for good, or handed back; and requeuing a failed one.</content>
public abstract partial class SqlGrainStorage
{
    /// <inheritdoc />
    public Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default) =>
        SettleAsync(OutboxSql.MarkProcessed, id, [("@processed", _dialect.ToDb(processedUtc))], cancellationToken);

    /// <inheritdoc />
    public Task RecordFailureAsync(Guid id, string error, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return SettleAsync(OutboxSql.RecordFailure, id, [("@error", error), ("@next", _dialect.ToDb(nextAttemptUtc))], cancellationToken);
    }

    /// <inheritdoc />
    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return SettleAsync(OutboxSql.MarkFailed, id, [("@error", error)], cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(Guid id, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default) =>
        SettleAsync(OutboxSql.Release, id, [("@next", _dialect.ToDb(nextAttemptUtc))], cancellationToken);

    /// <inheritdoc />
    public Task<bool> RequeueAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SettleAsync(OutboxSql.Requeue, id, [("@now", _dialect.ToDb(now))], cancellationToken);

    // One UPDATE … WHERE id = @id: an unknown id, or a message already past the state the statement expects, changes
    // nothing. True if the row changed.
    private async Task<bool> SettleAsync(string sql, Guid id, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(sql).With("@id", _dialect.ToDb(id));
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
