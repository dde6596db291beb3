using System.Data.Common;
using Npgsql;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The storage contract on PostgreSQL (<see cref="PostgresServer"/>): silos are storage instances on the same database.</summary>
public sealed class PostgresGrainStorageTests : SqlGrainStorageContractTests<PostgresGrainStorage>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string? _mainDatabase;

    [Fact]
    public async Task ClaimAsync_RowLockedByAnotherTransaction_SkipsItWithoutWaiting()
    {
        var source = new GrainId("notification", "sco/meeting/x");
        await Storage.AppendAsync(source, [new OutboxMessage("notification", "locked", "{}"), new OutboxMessage("notification", "free", "{}")], Ct);
        await using var connection = await OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using var lockRow = connection.CreateCommand();
        lockRow.Transaction = transaction;
        lockRow.CommandText = "SELECT id FROM arshjul_outbox WHERE idempotency_key = 'locked' FOR UPDATE";
        await lockRow.ExecuteNonQueryAsync(Ct);

        var claimed = await Storage.ClaimAsync("notification", 10, "node-b", Clock.Now, Clock.Now.AddMinutes(2), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal(["free"], claimed.Select(m => m.IdempotencyKey));
    }

    protected override async Task<Func<PostgresGrainStorage>> CreateDatabaseAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        AfterTest(async () => await PostgresServer.DropDatabaseAsync(connectionString, TestContext.Current.CancellationToken));
        _mainDatabase ??= connectionString;
        return () => new PostgresGrainStorage(connectionString, Clock);
    }

    protected override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(_mainDatabase);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
