using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>A person's reminders of one Stockholm day become one message, once the combine window has passed.</summary>
public sealed class NotificationDispatcherCombiningTests
{
    private readonly DispatcherHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchDueAsync_ThreeRemindersOfOnePersonOneDay_OneMessageNamingAllThree()
    {
        var due = Local(2025, 3, 12, 8);
        await _harness.Outbox.EnqueueAsync([Reminder("SCÖ 2024-2.13", Anna, due), Reminder("SCÖ 2024-3.4", Anna, due)], Ct);
        _harness.Clock.Advance(TimeSpan.FromSeconds(40));
        await _harness.Outbox.EnqueueAsync([Reminder("SCÖ 2024-1.2", Anna, due.Plus(NodaTime.Duration.FromMinutes(30)))], Ct);

        var early = await _harness.PassAsync();
        _harness.Clock.Advance(TimeSpan.FromSeconds(80));
        var atWindow = await _harness.PassAsync();

        Assert.Equal((3, 3, 0), (early.Claimed, early.Waiting, early.Messages));
        Assert.Equal((3, 1, 3), (atWindow.Claimed, atWindow.Messages, atWindow.Delivered));
        var message = Assert.Single(_harness.Channel.Delivered);
        Assert.Equal("Påminnelser 12 mars 2025: 3 ärenden", message.Subject);
        Assert.Equal([Anna], message.To);
        Assert.Null(message.Calendar);
        Assert.Equal(["SCÖ 2024-2.13", "SCÖ 2024-3.4", "SCÖ 2024-1.2"], message.Parts.Select(p => p.ItemTitle));
        Assert.StartsWith("Hej Anna Lindqvist!\n\nHär är dina 3 påminnelser för 12 mars 2025:\n\n1. SCÖ 2024-2.13\n2. SCÖ 2024-3.4\n3. SCÖ 2024-1.2\n", message.Body, StringComparison.Ordinal);
        Assert.All(message.Parts, part => Assert.Contains(part.Subject, message.Body, StringComparison.Ordinal));
        Assert.All(await _harness.RowsAsync(), row => Assert.Equal(OutboxStatus.Delivered, row.Status));
    }

    [Fact]
    public async Task DispatchDueAsync_OtherPersonOrOtherStockholmDate_SeparateMessages()
    {
        // 23:30 UTC on 11 March is already 12 March in Stockholm; 23:30 UTC on 12 March is 13 March.
        var lateEvening = NodaTime.Instant.FromUtc(2025, 3, 11, 23, 30);
        await _harness.Outbox.EnqueueAsync(
            [
                Reminder("A", Anna, lateEvening),
                Reminder("B", Anna, Local(2025, 3, 12, 8)),
                Reminder("C", Anna, NodaTime.Instant.FromUtc(2025, 3, 12, 23, 30)),
                Reminder("D", Bo, Local(2025, 3, 12, 8)),
            ],
            Ct);
        _harness.Clock.Advance(_harness.Options.CombineWindow);

        var result = await _harness.PassAsync();

        Assert.Equal((3, 4), (result.Messages, result.Delivered));
        var subjects = _harness.Channel.Delivered.Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Påminnelse: C ska vara verkställt", "Påminnelse: D ska vara verkställt", "Påminnelser 12 mars 2025: 2 ärenden"], subjects);
    }

    [Fact]
    public async Task DispatchDueAsync_CombinedDeliveryFails_EveryPartRetriedAndCombinedAgain()
    {
        _harness.Channel.Behaviour = (_, attempt) => attempt == 1 ? throw new IOException("disk full") : Task.CompletedTask;
        var due = Local(2025, 3, 12, 8);
        await _harness.Outbox.EnqueueAsync([Reminder("A", Anna, due), Reminder("B", Anna, due)], Ct);
        _harness.Clock.Advance(_harness.Options.CombineWindow);

        var failed = await _harness.PassAsync();
        _harness.Clock.Advance(_harness.Options.InitialBackoff);
        var retried = await _harness.PassAsync();

        Assert.Equal(2, failed.Retrying);
        Assert.Equal((1, 2), (retried.Messages, retried.Delivered));
        Assert.All(await _harness.RowsAsync(), row => Assert.Equal((OutboxStatus.Delivered, 1, "IOException: disk full"), (row.Status, row.Attempts, row.LastError)));
    }

    [Fact]
    public async Task DispatchDueAsync_CombinableWithWindowNotPassed_WaitsWithoutCountingAnAttempt()
    {
        await _harness.Outbox.EnqueueAsync([Reminder("A", Anna, Local(2025, 3, 12, 8))], Ct);

        var early = await _harness.PassAsync();
        var meanwhile = await _harness.PassAsync();
        _harness.Clock.Advance(_harness.Options.CombineWindow);
        var ready = await _harness.PassAsync();

        Assert.Equal((1, 0), (early.Waiting, meanwhile.Claimed));
        Assert.Equal("Påminnelse: A ska vara verkställt", Assert.Single(_harness.Channel.Delivered).Subject);
        Assert.Equal((1, 0), (ready.Delivered, Assert.Single(await _harness.RowsAsync()).Attempts));
    }
}
