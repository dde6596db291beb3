using System.Data.Common;
using Npgsql;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The storage contract on PostgreSQL (<see cref="PostgresServer"/>): silos are storage instances on the same database.</summary>
public sealed class PostgresGrainStorageTests : SqlGrainStorageContractTests<PostgresGrainStorage>
{
    private string? _mainDatabase;

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
