using Npgsql;

namespace SCO.Arshjul.Testing;

/// <summary>
/// The PostgreSQL server for tests, found or started once per test process: the server in
/// <c>ARSHJUL_TEST_POSTGRES</c> if set; else one answering at <see cref="DefaultConnectionString"/>; else a private
/// server started from the newest <c>/usr/lib/postgresql/*/bin</c> and stopped when the process exits. If none of
/// these works, <see cref="CreateDatabaseAsync"/> throws: PostgreSQL tests are never skipped.
/// </summary>
public static class PostgresServer
{
    /// <summary>Environment variable with the connection string of a server to use (its user may create databases).</summary>
    public const string EnvironmentVariable = "ARSHJUL_TEST_POSTGRES";

    /// <summary>Where a developer's or CI's server is looked for when the variable is not set.</summary>
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=55432;Username=postgres";

    private static readonly Lazy<Task<string>> Server = new(FindOrStartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database <c>arshjul_t_…</c> and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) =>
        await CreateDatabaseOnAsync(await Server.Value.WaitAsync(cancellationToken), cancellationToken);

    /// <summary>Creates an empty database <c>arshjul_t_…</c> on the server of <paramref name="server"/> and returns its connection string.</summary>
    internal static async Task<string> CreateDatabaseOnAsync(string server, CancellationToken cancellationToken)
    {
        var name = $"arshjul_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing any connections still open to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (name is null || !name.StartsWith("arshjul_t_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a test database made by {nameof(CreateDatabaseAsync)}.", nameof(connectionString));
        }

        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(await Server.Value.WaitAsync(cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> FindOrStartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit choice is not second-guessed: if that server does not answer, say so.
            return await ProbeAsync(configured) is { } failure
                ? throw new InvalidOperationException($"{EnvironmentVariable} names a PostgreSQL server that does not answer: {failure}")
                : configured;
        }

        var defaultFailure = await ProbeAsync(DefaultConnectionString);
        if (defaultFailure is null)
        {
            return DefaultConnectionString;
        }

        try
        {
            return await PrivatePostgresServer.StartAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests. {EnvironmentVariable} is not set; nothing answers at '{DefaultConnectionString}' "
                + $"({defaultFailure}); and starting a private server failed: {e.Message} "
                + $"Install PostgreSQL (apt-get install postgresql) or set {EnvironmentVariable} to a connection string.",
                e);
        }
    }

    /// <summary>Null if the server answers, else why not.</summary>
    private static async Task<string?> ProbeAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException)
        {
            return e.Message;
        }
    }
}
