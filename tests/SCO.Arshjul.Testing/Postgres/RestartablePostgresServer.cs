using Npgsql;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A private PostgreSQL server that a test may stop and start again (same data directory, same port), for fault tests
/// that take the database away from running nodes; never the shared server other test projects use at the same time.
/// Unlike <see cref="PostgresServer"/>'s private fallback, commits are synchronous: what the server acknowledged
/// survives a stop in any mode. Deleted on dispose (and by the next test process if this one is killed).
/// </summary>
public sealed class RestartablePostgresServer : IAsyncDisposable
{
    private readonly PostgresDataDirectory _directory;

    private RestartablePostgresServer(PostgresDataDirectory directory) => _directory = directory;

    /// <summary>The server's connection string (database <c>postgres</c>; its user may create databases).</summary>
    public string ConnectionString => _directory.ConnectionString;

    /// <summary>Whether the server is running (as this class last left it).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>initdb into a fresh directory, then starts the server on a free port.</summary>
    public static async Task<RestartablePostgresServer> StartAsync()
    {
        PrivatePostgresServer.StopAbandoned();
        var server = new RestartablePostgresServer(await PostgresDataDirectory.CreateAsync());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Creates an empty database <c>arshjul_t_…</c> and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) => PostgresServer.CreateDatabaseOnAsync(ConnectionString, cancellationToken);

    /// <summary>Stops the server: <c>fast</c> (the default) ends every session, as an administrator's stop does; <c>immediate</c> as a crash.</summary>
    public async Task StopAsync(string mode = "fast")
    {
        await _directory.StopAsync(mode);
        IsRunning = false;
    }

    /// <summary>Starts the server on the same data directory and port, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        await _directory.StartAsync("-c synchronous_commit=on -c max_connections=200");
        IsRunning = true;
        NpgsqlConnection.ClearAllPools(); // this process's pooled connections died with the server it had: the test's own queries start afresh
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        _directory.Delete();
        return ValueTask.CompletedTask;
    }
}
