using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>Delivery, idempotency, unreadable rows and expired leases in the notification dispatcher.</summary>
public sealed class NotificationDispatcherTests
{
    private readonly DispatcherHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchDueAsync_Invitation_DeliversOnceAndMarksDelivered()
    {
        var invitation = Invitation();
        await _harness.Outbox.EnqueueAsync([invitation], Ct);

        var result = await _harness.PassAsync();
        var again = await _harness.PassAsync();

        Assert.Equal(new DispatchResult(1, 1, 1, 0, 0, 0), result);
        Assert.Equal(0, again.Claimed);
        var message = Assert.Single(_harness.Channel.Delivered);
        Assert.Equal((invitation.Subject, invitation.Body, "calendar"), (message.Subject, message.Body, message.Calendar is null ? null : "calendar"));
        Assert.Equal(invitation.Recipients, message.To);
        // The notification read back from its outbox row is the one enqueued, calendar part and all.
        Assert.Equal(NotificationJson.Serialize(invitation), NotificationJson.Serialize(Assert.Single(message.Parts)));
        var row = Assert.Single(await _harness.RowsAsync());
        Assert.Equal((OutboxStatus.Delivered, _harness.Clock.GetUtcNow()), (row.Status, row.ProcessedUtc));
    }

    [Fact]
    public async Task DispatchDueAsync_SameIdempotencyKeyEnqueuedTwice_DeliversOnce()
    {
        var first = await _harness.Outbox.EnqueueAsync([Invitation()], Ct);
        await _harness.PassAsync();
        var second = await _harness.Outbox.EnqueueAsync([Invitation() with { Subject = "Kallelse (igen)" }], Ct);
        await _harness.PassAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal("Kallelse: Styrelsemöte fredag 14 mars 2025 kl. 09.00", Assert.Single(_harness.Channel.Delivered).Subject);
    }

    [Fact]
    public async Task DispatchDueAsync_UnreadablePayload_MarkedFailedNotDropped()
    {
        await _harness.Store.AppendAsync(new GrainId("notification", "sco/meeting/x"), [new OutboxMessage("notification", "broken", """{"subject":"no recipients"}""")], Ct);

        var result = await _harness.PassAsync();

        Assert.Equal((1, 1), (result.Claimed, result.Failed));
        var row = Assert.Single(await _harness.RowsAsync(OutboxStatus.Failed));
        Assert.StartsWith("Unreadable notification payload", row.LastError, StringComparison.Ordinal);
        Assert.Empty(_harness.Channel.Delivered);
    }

    [Fact]
    public async Task DispatchDueAsync_ClaimedByNodeThatDied_DeliveredOnceLeaseExpires()
    {
        await _harness.Outbox.EnqueueAsync([Invitation()], Ct);
        var now = _harness.Clock.GetUtcNow();
        await _harness.Store.ClaimAsync("notification", 10, "dead-node", now, now + _harness.Options.Lease, Ct);

        Assert.Equal(0, (await _harness.PassAsync()).Claimed);
        _harness.Clock.Advance(_harness.Options.Lease);
        Assert.Equal(1, (await _harness.PassAsync()).Delivered);
    }

    [Fact]
    public async Task DispatchDueAsync_MessageId_SameForSamePartsAndDifferentOtherwise()
    {
        await _harness.Outbox.EnqueueAsync([Invitation(), Invitation("2025-04-11-styrelse")], Ct);

        var attempted = new List<string>();
        _harness.Channel.Behaviour = (message, attempt) =>
        {
            attempted.Add(message.MessageId);
            return attempt == 1 ? throw new IOException("once") : Task.CompletedTask;
        };
        await _harness.PassAsync();
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await _harness.PassAsync();

        Assert.Equal(3, attempted.Count);
        Assert.Equal(attempted[0], attempted[2]);
        Assert.NotEqual(attempted[0], attempted[1]);
        Assert.Matches("^[0-9a-f]{32}@arshjul$", attempted[0]);
    }
}
