namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>
/// What every <see cref="IGrainStorage"/>, <see cref="IOutboxStore"/> and <see cref="IDeliveryAttemptLog"/> must do,
/// run once per provider. Each test gets its own empty database; "silos" are storage instances opened on the same database.
/// </summary>
public abstract partial class GrainStorageContractTests<TStorage> : IAsyncLifetime
    where TStorage : class, IGrainStorage, IOutboxStore, IDeliveryAttemptLog
{
    private static readonly GrainId Meeting = new("meeting", "sco/meeting/2025-03-14-styrelse");
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly List<TStorage> _opened = [];
    private readonly List<Func<ValueTask>> _cleanups = [];
    private Func<TStorage> _openMain = null!;

    private protected StorageTestClock Clock { get; } = new(Start);

    /// <summary>The first silo on this test's database, its schema ensured.</summary>
    protected TStorage Storage { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _openMain = await CreateDatabaseAsync();
        Storage = await OpenSiloAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var storage in _opened.Distinct())
        {
            if (storage is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        foreach (var cleanup in _cleanups)
        {
            await cleanup();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Makes a new, empty database and returns how to open a storage instance (a silo) on it, using <see cref="Clock"/>.</summary>
    protected abstract Task<Func<TStorage>> CreateDatabaseAsync();

    /// <summary>Runs <paramref name="cleanup"/> (e.g. deleting a database) after the test, once its storage instances are disposed.</summary>
    protected void AfterTest(Func<ValueTask> cleanup) => _cleanups.Add(cleanup);

    [Fact]
    public async Task ReadAsync_NeverWritten_ReturnsNull()
    {
        Assert.Null(await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task WriteAsync_FirstWrite_ReturnsETag1AndReadsBack()
    {
        var etag = await Storage.WriteAsync(Meeting, """{"title":"Styrelsemöte"}""", null, [], Ct);

        Assert.Equal("1", etag);
        Assert.Equal(new StoredState("""{"title":"Styrelsemöte"}""", "1"), await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task WriteAsync_EachWrite_IncrementsETag()
    {
        var first = await Storage.WriteAsync(Meeting, "{}", null, [], Ct);
        var second = await Storage.WriteAsync(Meeting, """{"v":2}""", first, [], Ct);
        var third = await Storage.WriteAsync(Meeting, """{"v":3}""", second, [], Ct);

        Assert.Equal(["1", "2", "3"], [first, second, third]);
        Assert.Equal(new StoredState("""{"v":3}""", "3"), await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsAndLeavesStateAndOutboxUntouched()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [Message("first")], Ct);
        await Storage.WriteAsync(Meeting, """{"v":2}""", "1", [], Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(Meeting, """{"v":"stale"}""", "1", [Message("stale")], Ct));

        Assert.Equal(
            "State of meeting:sco/meeting/2025-03-14-styrelse was written by another silo (stored ETag 2, this activation had 1); nothing was written.",
            conflict.Message);
        Assert.Equal(("2", "1"), (conflict.StoredETag, conflict.CurrentETag));
        Assert.Equal(new StoredState("""{"v":2}""", "2"), await Storage.ReadAsync(Meeting, Ct));
        Assert.Equal(["first"], await PendingKeysAsync());
    }

    [Fact]
    public async Task WriteAsync_NullETagWhenStateExists_ThrowsAndLeavesStateAndOutboxUntouched()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(Meeting, """{"v":"new"}""", null, [Message("new")], Ct));

        Assert.Contains("stored ETag 1, this activation had none", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(("1", null), (conflict.StoredETag, conflict.CurrentETag));
        Assert.Equal(new StoredState("""{"v":1}""", "1"), await Storage.ReadAsync(Meeting, Ct));
        Assert.Empty(await PendingKeysAsync());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("not-an-etag")]
    public async Task WriteAsync_ETagNeverHandedOut_Throws(string etag)
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteAsync(Meeting, "{}", etag, [], Ct));

        Assert.Equal("1", conflict.StoredETag);
        Assert.Equal(new StoredState("""{"v":1}""", "1"), await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task WriteAsync_StateClearedMeanwhile_ThrowsAndWritesNothing()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);
        await Storage.ClearAsync(Meeting, "1", Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(Meeting, """{"v":2}""", "1", [Message("after-clear")], Ct));

        Assert.Equal(
            "State of meeting:sco/meeting/2025-03-14-styrelse was cleared by another silo (no stored state, this activation had 1); nothing was written.",
            conflict.Message);
        Assert.Null(conflict.StoredETag);
        Assert.Null(await Storage.ReadAsync(Meeting, Ct));
        Assert.Empty(await PendingKeysAsync());
    }

    [Fact]
    public async Task WriteAsync_KeyWithoutOrganisation_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new GrainId("meeting", "no-organisation"), "{}", null, [], Ct));
    }

    [Fact]
    public async Task WriteAsync_SameKeyOfOtherGrainType_IsAnotherGrain()
    {
        await Storage.WriteAsync(Meeting, """{"meeting":true}""", null, [], Ct);
        var other = Meeting with { Type = "protocol" };

        Assert.Null(await Storage.ReadAsync(other, Ct));
        Assert.Equal("1", await Storage.WriteAsync(other, """{"protocol":true}""", null, [], Ct));
        Assert.Equal("""{"meeting":true}""", (await Storage.ReadAsync(Meeting, Ct))?.Payload);
    }

    [Fact]
    public async Task WriteAsync_UnicodeKeyAndPayload_RoundTrip()
    {
        var decision = new GrainId("decision", "sco/decision/SCÖ 2024-2.13");
        const string payload = """{"title":"Beslut om årshjul — Å Ä Ö ✓ 🗓"}""";

        await Storage.WriteAsync(decision, payload, null, [new OutboxMessage("notification", "sco/decision/SCÖ 2024-2.13/due-14d", payload)], Ct);

        Assert.Equal(new StoredState(payload, "1"), await Storage.ReadAsync(decision, Ct));
        Assert.Null(await Storage.ReadAsync(decision with { Key = "sco/decision/SCO 2024-2.13" }, Ct));
        var message = Assert.Single(await Storage.ReadPendingAsync(10, cancellationToken: Ct));
        Assert.Equal((decision, "sco/decision/SCÖ 2024-2.13/due-14d", payload), (message.Source, message.IdempotencyKey, message.Payload));
    }

    private static OutboxMessage Message(string idempotencyKey, string kind = "notification") =>
        new(kind, idempotencyKey, $$"""{"key":"{{idempotencyKey}}"}""");

    private async Task<string[]> PendingKeysAsync(string? kind = null, int maxCount = 100) =>
        [.. (await Storage.ReadPendingAsync(maxCount, kind, Ct)).Select(m => m.IdempotencyKey)];

    private async Task<TStorage> OpenSiloAsync(Func<TStorage>? open = null)
    {
        var storage = (open ?? _openMain)();
        _opened.Add(storage);
        await storage.EnsureSchemaAsync(Ct);
        return storage;
    }
}
