using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Outbox;

/// <summary>Notifications become outbox rows of kind <c>notification</c>, once per idempotency key.</summary>
public sealed class NotificationOutboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAsync_Notifications_AppendsRowsPerItemWithKeysAndReadablePayload()
    {
        var store = new MemoryGrainStorage(new ManualTimeProvider());
        var outbox = new NotificationOutbox(store);
        var invitation = Invitation();
        var reminder = Reminder("SCÖ 2024-2.13", Anna, Local(2025, 3, 12));

        var appended = await outbox.EnqueueAsync([invitation, reminder], Ct);

        Assert.Equal(2, appended);
        var rows = await store.ReadPendingAsync(10, NotificationOutbox.Kind, Ct);
        Assert.Equal(
            [(new GrainId("notification", "sco/meeting/2025-03-14-styrelse"), invitation.IdempotencyKey), (new GrainId("notification", "sco/decision/SCÖ 2024-2.13"), reminder.IdempotencyKey)],
            rows.Select(r => (r.Source, r.IdempotencyKey)));
        Assert.Contains("\"kind\":\"Invitation\"", rows[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"dueAt\":\"2025-02-28T07:00:00Z\"", rows[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"start\":\"2025-03-14T09:00:00\"", rows[0].Payload, StringComparison.Ordinal);
        Assert.Equal(NotificationJson.Serialize(invitation), NotificationJson.Serialize(NotificationJson.Deserialize(rows[0].Payload)));
    }

    [Fact]
    public async Task EnqueueAsync_SameKeyAgainOrTwiceInBatch_IgnoredOnSqlite()
    {
        using var file = new TempSqliteFile();
        await using var store = new SqliteGrainStorage(file.Path);
        await store.EnsureSchemaAsync(Ct);
        var outbox = new NotificationOutbox(store);
        var reminder = Reminder("SCÖ 2024-2.13", Anna, Local(2025, 3, 12));

        var first = await outbox.EnqueueAsync([reminder, reminder with { Body = "twice" }], Ct);
        var again = await outbox.EnqueueAsync([reminder with { Body = "again" }, Reminder("SCÖ 2024-2.13", Bo, Local(2025, 3, 12))], Ct);

        Assert.Equal((1, 1), (first, again));
        var rows = await store.ReadPendingAsync(10, NotificationOutbox.Kind, Ct);
        Assert.Equal(reminder.Body, NotificationJson.Deserialize(rows[0].Payload).Body);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task EnqueueAsync_Nothing_ReturnsZero()
    {
        Assert.Equal(0, await new NotificationOutbox(new MemoryGrainStorage()).EnqueueAsync([], Ct));
    }
}
