using System.Data.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <content>The delivery attempt log: each change reads the row under the write lock, applies <see cref="DeliveryAttemptRules"/> and stores the result.</content>
public abstract partial class SqlGrainStorage : IDeliveryAttemptLog
{
    private static readonly string SelectAttemptSql = DeliveryAttemptSql.Select(lockClause: string.Empty);
    private readonly string _lockAttemptSql;

    /// <inheritdoc />
    public async Task<PriorDeliveryAttempt> BeginAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        DeliveryAttemptRules.ValidateKey(key);
        var stored = await ChangeAttemptAsync(key, stored => DeliveryAttemptRules.Begin(stored, key, now), cancellationToken);
        return DeliveryAttemptRules.Prior(stored);
    }

    /// <inheritdoc />
    public Task SucceededAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAttemptAsync(key, stored => DeliveryAttemptRules.Succeed(stored, key, now), cancellationToken);

    /// <inheritdoc />
    public Task FailedAsync(string key, string error, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ChangeAttemptAsync(key, stored => DeliveryAttemptRules.Fail(stored, key, error, now), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DeliveryAttempt?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await ReadAttemptAsync(connection, null, SelectAttemptSql, key, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the row of <paramref name="key"/> in one write transaction and returns the
    /// record it found. A change that throws rolls back and writes nothing.
    /// </summary>
    private async Task<DeliveryAttempt?> ChangeAttemptAsync(
        string key, Func<DeliveryAttempt?, DeliveryAttempt> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        var stored = await ReadAttemptAsync(connection, transaction, _lockAttemptSql, key, cancellationToken);
        if (stored is null)
        {
            if (await WriteAttemptAsync(transaction, DeliveryAttemptSql.Insert, change(null), cancellationToken) == 1)
            {
                await transaction.CommitAsync(cancellationToken);
                return null;
            }

            // Another node inserted the row after this one looked (PostgreSQL only; SQLite's write lock excludes that).
            // Rows are never deleted, so it is there now, and this read waits for whoever holds it.
            stored = await ReadAttemptAsync(connection, transaction, _lockAttemptSql, key, cancellationToken)
                ?? throw new InvalidOperationException($"The delivery attempt row of '{key}' vanished while it was written.");
        }

        var changed = change(stored);
        if (changed != stored)
        {
            await WriteAttemptAsync(transaction, DeliveryAttemptSql.Update, changed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private async Task<int> WriteAttemptAsync(DbTransaction transaction, string sql, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand(sql, transaction)
            .With("@key", attempt.Key).With("@state", DeliveryAttemptSql.ToDb(attempt.State))
            .With("@attempts", attempt.Attempts).With("@in_doubt", attempt.InDoubtCount)
            .With("@started", _dialect.ToDb(attempt.StartedUtc))
            .With("@settled", attempt.SettledUtc is { } settled ? _dialect.ToDb(settled) : null)
            .With("@error", attempt.LastError);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/>, a select of <see cref="DeliveryAttemptSql.Columns"/>, for <paramref name="key"/>.</summary>
    private async Task<DeliveryAttempt?> ReadAttemptAsync(
        DbConnection connection, DbTransaction? transaction, string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction).With("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DeliveryAttempt(
                Key: reader.GetString(0),
                State: DeliveryAttemptSql.ParseState(reader.GetString(1)),
                Attempts: reader.GetInt32(2),
                InDoubtCount: reader.GetInt32(3),
                StartedUtc: _dialect.ReadInstant(reader, 4),
                SettledUtc: reader.IsDBNull(5) ? null : _dialect.ReadInstant(reader, 5),
                LastError: reader.IsDBNull(6) ? null : reader.GetString(6))
            : null;
    }
}
