using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// A cluster on one fresh PostgreSQL database and one directory (file outbox, node logs): nodes started as processes
/// on a clock shifted (<c>Clock:Offset</c>) so that a chosen Stockholm time comes soon, and an in-process silo on the
/// same database to seed it before the nodes start.
/// </summary>
internal sealed class FaultCluster : IAsyncDisposable
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private readonly List<ClusterNode> _nodes = [];
    private bool _onSharedServer = true;

    private FaultCluster(string connectionString, DirectoryInfo directory)
    {
        ConnectionString = connectionString;
        Directory = directory;
    }

    public string ConnectionString { get; }

    public DirectoryInfo Directory { get; }

    public string OutboxDirectory => Path.Combine(Directory.FullName, "outbox");

    /// <summary>The configuration the seeding silo and the nodes load (organisations, wheels, reminder policy); the repository's config/ unless set.</summary>
    public DirectoryInfo ConfigDirectory { get; set; } = RepositoryRoot.Config;

    public IReadOnlyList<ClusterNode> Nodes => _nodes;

    public static async Task<FaultCluster> CreateAsync(CancellationToken cancellationToken)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(cancellationToken);
        var directory = System.IO.Directory.CreateTempSubdirectory("arshjul-faults-");
        return new FaultCluster(connectionString, directory);
    }

    /// <summary>A cluster on a fresh database of <paramref name="server"/> (a private server the test may stop; it goes with the server).</summary>
    public static async Task<FaultCluster> CreateAsync(RestartablePostgresServer server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connectionString = await server.CreateDatabaseAsync(cancellationToken);
        return new FaultCluster(connectionString, System.IO.Directory.CreateTempSubdirectory("arshjul-faults-")) { _onSharedServer = false };
    }

    /// <summary>The offset that makes <paramref name="local"/> (Stockholm) come <paramref name="after"/> from now.</summary>
    public static TimeSpan OffsetFor(LocalDateTime local, TimeSpan after) =>
        local.InZoneStrictly(Stockholm).ToDateTimeOffset() - (TimeProvider.System.GetUtcNow() + after);

    /// <summary>The silo's settings for this cluster on a clock shifted by <paramref name="offset"/>.</summary>
    public Dictionary<string, string?> Settings(TimeSpan offset) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:PostgresConnectionString"] = ConnectionString,
        ["Clock:Offset"] = offset.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:FileChannel:Directory"] = OutboxDirectory,
        ["Notifications:Dispatcher:PollInterval"] = "00:00:01",
        ["Notifications:Dispatcher:Lease"] = "00:00:20",
        ["Notifications:Dispatcher:CombineWindow"] = "00:00:05",
        ["Scheduling:ChangePollInterval"] = "00:00:01",
        ["ClientApi:ConfigDirectory"] = ConfigDirectory.FullName,
        ["ClientApi:FeedSecret"] = "fault-test-feed-secret-not-a-real-one",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>
    /// Runs an in-process silo on this database at <paramref name="at"/> (Stockholm, the clock running from there):
    /// bootstraps the sample organisation's wheels, lets <paramref name="seed"/> make its grain calls, waits until
    /// every change it caused is scheduled, and stops.
    /// </summary>
    public async Task SeedAsync(LocalDateTime at, Func<IGrainFactory, Task> seed, CancellationToken cancellationToken)
    {
        var configuration = ArshjulConfigurationLoader.Load(ConfigDirectory.FullName);
        using var host = SiloHost.Build(new SiloHostOverrides(Settings(OffsetFor(at, TimeSpan.Zero))), configuration.Reminders); // the nodes' policy
        await host.StartAsync(cancellationToken);
        try
        {
            await host.Services.GetRequiredService<WheelStartup>().RunAsync(configuration, cancellationToken);
            await seed(host.Services.GetRequiredService<IGrainFactory>());
            await WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM arshjul_outbox WHERE kind LIKE '%.changed' AND status = 'pending'", cancellationToken) == 0,
                TimeSpan.FromMinutes(2), "the seeded changes were not all processed", cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Adds <paramref name="count"/> nodes on a clock shifted by <paramref name="offset"/> and starts them.</summary>
    public IReadOnlyList<ClusterNode> StartNodes(int count, TimeSpan offset)
    {
        var settings = Settings(offset).Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!);
        for (var i = 0; i < count; i++)
        {
            var node = new ClusterNode($"node{_nodes.Count + 1}", Directory, settings);
            _nodes.Add(node);
            node.Start();
        }

        return _nodes;
    }

    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The timestamp <paramref name="sql"/> selects (e.g. <c>max(created_utc)</c>), as an instant.</summary>
    public async Task<DateTimeOffset> LatestAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return new DateTimeOffset(Convert.ToDateTime(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(), TimeSpan.Zero);
    }

    public async Task<IReadOnlyList<(string SourceKey, string IdempotencyKey, string Status)>> NotificationsAsync(string sourcePrefix, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT source_key, idempotency_key, status FROM arshjul_outbox WHERE kind = 'notification' AND source_key LIKE @prefix", connection);
        command.Parameters.AddWithValue("prefix", sourcePrefix + "%");
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure, CancellationToken cancellationToken)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > until)
            {
                throw new TimeoutException($"{failure} within {timeout}");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_onSharedServer)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString, CancellationToken.None);
        }

        if (Environment.GetEnvironmentVariable("ARSHJUL_KEEP_FAULT_DIRECTORY") is null)
        {
            Directory.Delete(recursive: true);
        }
    }
}
