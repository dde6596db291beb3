using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// What the app has stored, read straight from its SQLite file: every grain state row with its ETag, every outbox row
/// with its delivery state, every delivery attempt. Quartz's own tables are left out (the scheduler's bookkeeping is
/// not state a request changes). Two readings are equal exactly when no request wrote anything in between.
/// <see cref="Fingerprint"/> is the cheap check around every request (an ETag only grows, an outbox row's delivery
/// state shows in its counts); <see cref="Read"/> the full reading, to say what changed.
/// </summary>
public sealed class StoredState : IDisposable
{
    private const string Query = """
        SELECT 'state ' || grain_type || ' ' || grain_key, etag FROM arshjul_grain_state
        UNION ALL
        SELECT 'outbox ' || id || ' ' || kind || ' ' || source_key,
               status || ' attempts=' || attempts || ' next=' || next_attempt_utc || ' processed=' || coalesce(processed_utc, '-')
               || ' claimed=' || coalesce(claimed_by, '-') || ' error=' || coalesce(last_error, '-')
        FROM arshjul_outbox
        UNION ALL
        SELECT 'attempt ' || attempt_key, state || ' attempts=' || attempts || ' in-doubt=' || in_doubt_count FROM arshjul_delivery_attempt
        """;

    private const string FingerprintQuery = """
        SELECT (SELECT count(*) || ' ' || total(etag) FROM arshjul_grain_state)
            || ' | ' || (SELECT count(*) || ' ' || total(attempts) || ' ' || total(status = 'pending') || ' ' || total(status = 'failed')
                || ' ' || count(processed_utc) || ' ' || count(claimed_by) || ' ' || total(length(last_error))
                || ' ' || coalesce(min(next_attempt_utc), '-') || ' ' || coalesce(max(next_attempt_utc), '-') FROM arshjul_outbox)
            || ' | ' || (SELECT count(*) || ' ' || total(attempts) || ' ' || total(in_doubt_count) || ' ' || total(state = 'succeeded') FROM arshjul_delivery_attempt)
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteCommand _fingerprint;

    /// <summary>The state of <paramref name="factory"/>'s database, which must be SQLite (as <see cref="ArshjulWebFactory"/> sets it up).</summary>
    public static StoredState Of(ArshjulWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal("Sqlite", configuration["Storage:Provider"], ignoreCase: true);
        return new StoredState(configuration["Storage:SqlitePath"]!);
    }

    /// <summary>Opens <paramref name="databasePath"/> read-only.</summary>
    public StoredState(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = Query;
        _fingerprint = _connection.CreateCommand();
        _fingerprint.CommandText = FingerprintQuery;
    }

    /// <summary>Counts and sums that change whenever a row is written.</summary>
    public string Fingerprint() => (string)_fingerprint.ExecuteScalar()!;

    /// <summary>Row → its version or delivery state, now.</summary>
    public Dictionary<string, string> Read()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = _command.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = reader.GetValue(1).ToString()!;
        }

        return rows;
    }

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>, a line a row (at most <paramref name="most"/>).</summary>
    public static IReadOnlyList<string> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, int most = 10) =>
    [
        .. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(key => (key, was: before.GetValueOrDefault(key), now: after.GetValueOrDefault(key)))
            .Where(row => row.was != row.now)
            .Select(row => row.was is null ? $"added {row.key}: {row.now}" : row.now is null ? $"removed {row.key}" : $"changed {row.key}: {row.was} → {row.now}")
            .Take(most),
    ];

    public void Dispose()
    {
        _command.Dispose();
        _fingerprint.Dispose();
        _connection.Dispose();
    }
}
