using System.Data.Common;
using System.Globalization;
using SCO.Arshjul.Storage;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The contract, plus what only a SQL table shows: the organisation id and the instants stored in the rows.</summary>
public abstract class SqlGrainStorageContractTests<TStorage> : GrainStorageContractTests<TStorage>
    where TStorage : SqlGrainStorage
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_StoresOrganisationIdAndClockInstantsInBothTables()
    {
        var grain = new GrainId("decision", "kommun-7/decision/SCÖ 2024-2.13");
        Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 30, 15, 123, TimeSpan.Zero);

        await Storage.WriteAsync(grain, "{}", null, [new OutboxMessage("notification", "k", "{}")], Ct);

        var state = Assert.Single(await QueryAsync("SELECT organisation_id, grain_type, grain_key, etag, updated_utc FROM arshjul_grain_state"));
        Assert.Equal(["kommun-7", "decision", grain.Key, 1L], state[..4].Select(Normalise));
        Assert.Equal(Clock.Now, Instant(state[4]));
        var outbox = Assert.Single(await QueryAsync("SELECT organisation_id, source_type, source_key, created_utc FROM arshjul_outbox"));
        Assert.Equal(["kommun-7", "decision", grain.Key], outbox[..3]);
        Assert.Equal(Clock.Now, Instant(outbox[3]));
    }

    [Fact]
    public async Task MarkProcessedAsync_StoresTheFirstProcessedInstant()
    {
        var message = new OutboxMessage("notification", "k", "{}");
        await Storage.WriteAsync(new GrainId("meeting", "sco/meeting/x"), "{}", null, [message], Ct);
        var processed = new DateTimeOffset(2025, 6, 1, 14, 0, 0, TimeSpan.FromHours(2));

        await Storage.MarkProcessedAsync(message.Id, processed, Ct);
        await Storage.MarkProcessedAsync(message.Id, processed.AddHours(1), Ct);

        var row = Assert.Single(await QueryAsync("SELECT processed_utc, attempts FROM arshjul_outbox"));
        Assert.Equal(processed, Instant(row[0]));
        Assert.Equal(0L, Normalise(row[1]));
    }

    [Fact]
    public async Task ClaimAsync_StoresOwnerAndLeaseAndEverySettlementClearsThem()
    {
        var grain = new GrainId("notification", "sco/meeting/x");
        var (delivered, retried, failed) = (new OutboxMessage("notification", "d", "{}"), new OutboxMessage("notification", "r", "{}"), new OutboxMessage("notification", "f", "{}"));
        await Storage.AppendAsync(grain, [delivered, retried, failed], Ct);
        var lease = Clock.Now.AddMinutes(2);

        await Storage.ClaimAsync("notification", 10, "node-a/4711", Clock.Now, lease, Ct);
        var claims = await QueryAsync("SELECT claimed_by, claimed_until, status FROM arshjul_outbox");
        Assert.All(claims, row => Assert.Equal(("node-a/4711", lease, "pending"), ((string?)row[0], Instant(row[1]), (string?)row[2])));

        await Storage.MarkProcessedAsync(delivered.Id, Clock.Now, Ct);
        await Storage.RecordFailureAsync(retried.Id, "timeout", Clock.Now.AddSeconds(30), Ct);
        await Storage.MarkFailedAsync(failed.Id, "bad address", Ct);

        var settled = await QueryAsync("SELECT idempotency_key, status, claimed_by, claimed_until FROM arshjul_outbox ORDER BY idempotency_key");
        Assert.Equal([["d", "delivered", null, null], ["f", "failed", null, null], ["r", "pending", null, null]], settled);
    }

    [Fact]
    public async Task DeliveryAttempts_StoreStateTextAndUtcInstantsAndNothingForARefusedKey()
    {
        var started = new DateTimeOffset(2025, 6, 1, 14, 0, 0, 123, TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.BeginAsync(new string('k', 401), started, Ct));
        Assert.Empty(await QueryAsync("SELECT attempt_key FROM arshjul_delivery_attempt"));

        await Storage.BeginAsync("sco/decision/SCÖ 2024-2.13/anna", started, Ct);
        await Storage.FailedAsync("sco/decision/SCÖ 2024-2.13/anna", "refused", started.AddMinutes(1), Ct);

        var row = Assert.Single(await QueryAsync(
            "SELECT attempt_key, state, attempts, in_doubt_count, started_utc, settled_utc, last_error FROM arshjul_delivery_attempt"));
        Assert.Equal(["sco/decision/SCÖ 2024-2.13/anna", "failed", 1L, 0L, "refused"], [.. row[..4].Select(Normalise), row[6]]);
        Assert.Equal((started, started.AddMinutes(1)), (Instant(row[4]), Instant(row[5])));
    }

    /// <summary>Runs <paramref name="sql"/> on this test's database and returns its rows.</summary>
    protected async Task<IReadOnlyList<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(Ct))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
        }

        return rows;
    }

    /// <summary>An open connection to this test's database.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync();

    private static object? Normalise(object? value) => value is int number ? (long)number : value;

    // timestamptz reads as a UTC DateTime; SQLite keeps ISO-8601 UTC text.
    protected static DateTimeOffset Instant(object? value) => value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidOperationException($"Not an instant: {value}"),
    };
}
