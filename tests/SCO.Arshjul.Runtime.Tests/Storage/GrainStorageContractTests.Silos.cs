namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>Several silos on one database: schema creation and competing writes.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    [Fact]
    public async Task EnsureSchemaAsync_TwiceAndConcurrentlyFromTwoSilos_Succeeds()
    {
        var open = await CreateDatabaseAsync();
        var (first, second) = (open(), open());
        _opened.AddRange([first, second]);

        await Task.WhenAll(Task.Run(() => first.EnsureSchemaAsync(Ct), Ct), Task.Run(() => second.EnsureSchemaAsync(Ct), Ct));
        await first.EnsureSchemaAsync(Ct);

        Assert.Equal("1", await first.WriteAsync(Meeting, "{}", null, [], Ct));
        Assert.Equal("1", (await second.ReadAsync(Meeting, Ct))?.ETag);
    }

    // Without outbox messages a write is one statement outside an explicit transaction: it must exclude just the same.
    [Theory]
    [InlineData(null, true)]
    [InlineData("1", true)]
    [InlineData(null, false)]
    [InlineData("1", false)]
    public async Task WriteAsync_TwoSilosWriteSameGrain_ExactlyOneWins(string? etagBothHold, bool withOutbox)
    {
        var other = await OpenSiloAsync();
        for (var round = 0; round < 5; round++)
        {
            var grain = Meeting with { Key = $"sco/meeting/round-{round}" };
            if (etagBothHold is not null)
            {
                await Storage.WriteAsync(grain, """{"by":"setup"}""", null, [], Ct);
            }

            using var start = new Barrier(2);
            var writes = new[] { (Silo: Storage, Name: "a"), (Silo: other, Name: "b") }.Select(w => Task.Run(
                () =>
                {
                    start.SignalAndWait(Ct);
                    return w.Silo.WriteAsync(grain, $$"""{"by":"{{w.Name}}"}""", etagBothHold, withOutbox ? [Message($"{grain.Key}/{w.Name}")] : [], Ct);
                },
                Ct)).ToArray();
            await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

            var winner = Assert.Single(writes, w => w.IsCompletedSuccessfully);
            var loser = Assert.Single(writes, w => w.IsFaulted);
            var conflict = Assert.IsType<InconsistentStateException>(loser.Exception?.InnerException);
            var winnerName = winner == writes[0] ? "a" : "b";
            var expected = etagBothHold is null ? "1" : "2";
            Assert.Equal(expected, await winner);
            Assert.Equal(expected, conflict.StoredETag);
            Assert.Equal(new StoredState($$"""{"by":"{{winnerName}}"}""", expected), await other.ReadAsync(grain, Ct));
        }

        var pending = await PendingKeysAsync();
        Assert.Equal(withOutbox ? 5 : 0, pending.Length);
    }
}
