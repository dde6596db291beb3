using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>The outbox's database goes away while the dispatcher works (issue 6, PostgreSQL stopped): nothing delivered is sent again.</summary>
public sealed class NotificationDispatcherStoreAwayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchDueAsync_StoreAwayRightAfterADelivery_RecordsItWhenBackAndNeverSendsItAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 12, 7, 0, 0, TimeSpan.Zero));
        var store = new AwayOutboxStore(new MemoryGrainStorage(clock));
        var harness = new DispatcherHarness(store: store, clock: clock);
        var due = Local(2025, 3, 12, 8);
        await harness.Outbox.EnqueueAsync([Reminder("A", Anna, due), Reminder("B", Anna, due)], Ct);
        clock.Advance(harness.Options.CombineWindow);
        harness.Channel.Behaviour = (_, attempt) =>
        {
            store.Away = attempt == 1; // delivered, and the database is gone before it can be recorded
            return Task.CompletedTask;
        };

        await Assert.ThrowsAsync<UnreachableDatabaseException>(harness.PassAsync);
        await Assert.ThrowsAsync<UnreachableDatabaseException>(harness.PassAsync);
        store.Away = false;
        await harness.Outbox.EnqueueAsync([Reminder("C", Anna, due)], Ct); // fired once the database was back, the same day
        clock.Advance(harness.Options.Lease + harness.Options.CombineWindow); // A's and B's claims have run out
        var after = await harness.PassAsync();

        Assert.Equal((1, 1), (after.Claimed, after.Delivered));
        Assert.Equal([["A", "B"], ["C"]], harness.Channel.Delivered.Select(m => m.Parts.Select(p => p.ItemTitle).ToList()));
        Assert.All(await harness.RowsAsync(), row => Assert.Equal(OutboxStatus.Delivered, row.Status));
    }
}
