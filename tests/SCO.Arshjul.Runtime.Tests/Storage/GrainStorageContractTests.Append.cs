namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>AppendAsync: outbox messages without a state write, idempotent, all or nothing; ListAsync and GetAsync.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    private static readonly GrainId NotificationSource = new("notification", "sco/decision/SCÖ 2024-2.13");

    [Fact]
    public async Task AppendAsync_NewMessages_StoresThemPendingAndDueAtOnceWithoutState()
    {
        var first = Message("sco/decision/SCÖ 2024-2.13/due-14d/anna");
        var second = Message("sco/decision/SCÖ 2024-2.13/due-14d/bo");

        var appended = await Storage.AppendAsync(NotificationSource, [first, second], Ct);

        Assert.Equal(2, appended);
        Assert.Null(await Storage.ReadAsync(NotificationSource, Ct));
        Assert.Equal(
            [
                new StoredOutboxMessage(first.Id, NotificationSource, "notification", first.IdempotencyKey, first.Payload, Start, null, 0, null, OutboxStatus.Pending, Start),
                new StoredOutboxMessage(second.Id, NotificationSource, "notification", second.IdempotencyKey, second.Payload, Start, null, 0, null, OutboxStatus.Pending, Start),
            ],
            await Storage.ReadPendingAsync(10, cancellationToken: Ct));
    }

    [Fact]
    public async Task AppendAsync_KnownAndRepeatedIdempotencyKeys_IgnoredAndNotCounted()
    {
        await Storage.WriteAsync(Meeting, "{}", null, [Message("from-grain")], Ct);
        await Storage.AppendAsync(NotificationSource, [Message("appended")], Ct);

        var appended = await Storage.AppendAsync(
            NotificationSource,
            [Message("from-grain"), Message("appended"), Message("new"), Message("new") with { Payload = """{"second":true}""" }],
            Ct);

        Assert.Equal(1, appended);
        Assert.Equal(["from-grain", "appended", "new"], await PendingKeysAsync());
        Assert.Equal("""{"key":"new"}""", (await Storage.ReadPendingAsync(10, cancellationToken: Ct))[^1].Payload);
    }

    [Fact]
    public async Task AppendAsync_SameMessageIdTwice_AppendsNothing()
    {
        var first = Message("first");

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.AppendAsync(NotificationSource, [first, Message("second") with { Id = first.Id }], Ct));

        Assert.Empty(await PendingKeysAsync());
        Assert.Equal(1, await Storage.AppendAsync(NotificationSource, [first], Ct));
    }

    [Fact]
    public async Task AppendAsync_SourceWithoutOrganisation_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.AppendAsync(new GrainId("notification", "no-organisation"), [Message("k")], Ct));
    }

    [Fact]
    public async Task ListAsync_FiltersByKindAndStatus_NewestFirstAndLimited()
    {
        var (delivered, failed) = (Message("delivered"), Message("failed"));
        await Storage.AppendAsync(NotificationSource, [delivered, failed, Message("pending"), Message("schedule", "schedule.changed")], Ct);
        await Storage.MarkProcessedAsync(delivered.Id, Start.AddMinutes(1), Ct);
        await Storage.MarkFailedAsync(failed.Id, "ErrorInvalidRecipients: no such mailbox", Ct);

        Assert.Equal(["schedule", "pending", "failed", "delivered"], await ListKeysAsync(null, null));
        Assert.Equal(["pending", "failed", "delivered"], await ListKeysAsync("notification", null));
        Assert.Equal(["schedule", "pending"], await ListKeysAsync(null, OutboxStatus.Pending));
        Assert.Equal(["failed"], await ListKeysAsync("notification", OutboxStatus.Failed));
        Assert.Equal(["schedule", "pending"], await ListKeysAsync(null, null, maxCount: 2));
        var stored = Assert.Single(await Storage.ListAsync(null, OutboxStatus.Delivered, 10, Ct));
        Assert.Equal((OutboxStatus.Delivered, Start.AddMinutes(1)), (stored.Status, stored.ProcessedUtc));
    }

    [Fact]
    public async Task ListOfOrganisationAsync_ReturnsOnlyThatOrganisationsMessages_HoweverManyNewerOnesOthersHave()
    {
        var other = new GrainId("meeting", "grf/meeting/2025-03-14-styrelse");
        await Storage.AppendAsync(NotificationSource, [Message("sco-1"), Message("sco-2"), Message("sco-change", "schedule.changed")], Ct);
        await Storage.AppendAsync(other, [.. Enumerable.Range(1, 5).Select(i => Message($"grf-{i}"))], Ct);

        var sco = await Storage.ListOfOrganisationAsync("sco", "notification", null, 3, Ct);
        var grf = await Storage.ListOfOrganisationAsync("grf", null, OutboxStatus.Pending, 2, Ct);

        Assert.Equal(["sco-2", "sco-1"], sco.Select(m => m.IdempotencyKey));
        Assert.Equal(["grf-5", "grf-4"], grf.Select(m => m.IdempotencyKey));
        Assert.Empty(await Storage.ListOfOrganisationAsync("nobody", null, null, 10, Ct));
    }

    [Fact]
    public async Task ListAsync_UnknownStatus_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ListAsync(null, "processed", 10, Ct));
    }

    [Fact]
    public async Task GetAsync_MessageOfEachStatus_ReturnsItAsStored()
    {
        var (pending, delivered, failed) = (Message("pending"), Message("delivered"), Message("failed"));
        await Storage.AppendAsync(NotificationSource, [pending, delivered, failed], Ct);
        await Storage.RecordFailureAsync(pending.Id, "timeout", Start.AddSeconds(30), Ct);
        await Storage.MarkProcessedAsync(delivered.Id, Start.AddMinutes(1), Ct);
        await Storage.MarkFailedAsync(failed.Id, GivenUp, Ct);

        Assert.Equal(
            new StoredOutboxMessage(pending.Id, NotificationSource, "notification", "pending", pending.Payload, Start, null, 1, "timeout", OutboxStatus.Pending, Start.AddSeconds(30)),
            await Storage.GetAsync(pending.Id, Ct));
        Assert.Equal(
            new StoredOutboxMessage(delivered.Id, NotificationSource, "notification", "delivered", delivered.Payload, Start, Start.AddMinutes(1), 0, null, OutboxStatus.Delivered, Start),
            await Storage.GetAsync(delivered.Id, Ct));
        Assert.Equal(
            new StoredOutboxMessage(failed.Id, NotificationSource, "notification", "failed", failed.Payload, Start, null, 1, GivenUp, OutboxStatus.Failed, Start),
            await Storage.GetAsync(failed.Id, Ct));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await Storage.AppendAsync(NotificationSource, [Message("other")], Ct);

        Assert.Null(await Storage.GetAsync(Guid.NewGuid(), Ct));
    }

    private async Task<string[]> ListKeysAsync(string? kind, string? status, int maxCount = 100) =>
        [.. (await Storage.ListAsync(kind, status, maxCount, Ct)).Select(m => m.IdempotencyKey)];
}
