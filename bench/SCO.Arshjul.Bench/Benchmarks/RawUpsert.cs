using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>
/// The baseline of a persisted grain write: one single-row upsert in its own statement (autocommit) on a pooled
/// connection, the same SQL on SQLite and PostgreSQL, into a table of its own in the same database.
/// </summary>
public sealed class RawUpsert(Func<CancellationToken, ValueTask<DbConnection>> open) : IAsyncDisposable
{
    private const string Create = "CREATE TABLE IF NOT EXISTS bench_raw_upsert (k text PRIMARY KEY, payload text NOT NULL, version bigint NOT NULL)";

    private const string Upsert = """
        INSERT INTO bench_raw_upsert (k, payload, version) VALUES (@k, @payload, 1)
        ON CONFLICT (k) DO UPDATE SET payload = excluded.payload, version = bench_raw_upsert.version + 1
        """;

    private NpgsqlDataSource? _owned;

    public static RawUpsert Sqlite(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        return new RawUpsert(async cancellationToken =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        });
    }

    public static RawUpsert Postgres(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return new RawUpsert(async cancellationToken => await dataSource.OpenConnectionAsync(cancellationToken)) { _owned = dataSource };
    }

    public async Task CreateTableAsync()
    {
        await using var connection = await open(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Create;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask WriteAsync(string key, string payload)
    {
        await using var connection = await open(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        Add(command, "@k", key);
        Add(command, "@payload", payload);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
