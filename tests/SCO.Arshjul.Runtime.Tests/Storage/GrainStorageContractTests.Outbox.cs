namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>The outbox: written with the state, read oldest first, settled.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    [Fact]
    public async Task WriteAsync_StateAndOutbox_CommitTogether()
    {
        var reminder = Message("sco/meeting/2025-03-14-styrelse/reminder", kind: "notification");
        var schedule = Message("sco/meeting/2025-03-14-styrelse/schedule", kind: "schedule.changed");

        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [reminder, schedule], Ct);

        Assert.Equal("1", (await Storage.ReadAsync(Meeting, Ct))?.ETag);
        Assert.Equal(
            [
                new StoredOutboxMessage(reminder.Id, Meeting, reminder.Kind, reminder.IdempotencyKey, reminder.Payload, Start, null, 0, null, OutboxStatus.Pending, Start),
                new StoredOutboxMessage(schedule.Id, Meeting, schedule.Kind, schedule.IdempotencyKey, schedule.Payload, Start, null, 0, null, OutboxStatus.Pending, Start),
            ],
            await Storage.ReadPendingAsync(10, cancellationToken: Ct));
    }

    [Fact]
    public async Task WriteAsync_SameMessageIdTwiceInBatch_WritesNeitherStateNorOutbox()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);
        var first = Message("first");
        var sameId = Message("second") with { Id = first.Id };

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(Meeting, """{"v":2}""", "1", [first, sameId], Ct));

        Assert.IsNotType<InconsistentStateException>(failure);
        Assert.Equal(new StoredState("""{"v":1}""", "1"), await Storage.ReadAsync(Meeting, Ct));
        Assert.Empty(await PendingKeysAsync());
        // Rolled back cleanly: the same ETag still writes.
        Assert.Equal("2", await Storage.WriteAsync(Meeting, """{"v":2}""", "1", [first], Ct));
    }

    [Fact]
    public async Task WriteAsync_MessageIdAlreadyInOutbox_WritesNothing()
    {
        var first = Message("first");
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [first], Ct);
        var other = Meeting with { Key = "sco/meeting/2025-04-11-styrelse" };

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(other, "{}", null, [Message("second") with { Id = first.Id }], Ct));

        Assert.IsNotType<InconsistentStateException>(failure);
        Assert.Null(await Storage.ReadAsync(other, Ct));
        Assert.Equal(["first"], await PendingKeysAsync());
    }

    [Fact]
    public async Task WriteAsync_DuplicateIdempotencyKey_KeepsFirstMessageOnly()
    {
        var original = Message("sco/decision/SCÖ 2024-2.13/due-14d");
        var duplicate = new OutboxMessage("notification", original.IdempotencyKey, """{"duplicate":true}""");

        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [original, duplicate], Ct);
        var etag = await Storage.WriteAsync(Meeting, """{"v":2}""", "1", [new OutboxMessage("other", original.IdempotencyKey, "{}")], Ct);

        Assert.Equal(new StoredState("""{"v":2}""", "2"), await Storage.ReadAsync(Meeting, Ct));
        Assert.Equal("2", etag);
        var stored = Assert.Single(await Storage.ReadPendingAsync(10, cancellationToken: Ct));
        Assert.Equal((original.Id, original.Payload), (stored.Id, stored.Payload));
    }

    [Fact]
    public async Task ReadPendingAsync_OldestFirstThenInsertionOrder_FilteredByKindAndLimited()
    {
        Clock.Now = Start.AddMinutes(10);
        await Storage.WriteAsync(Meeting, "{}", null, [Message("later-1", "mail"), Message("later-2", "schedule")], Ct);
        Clock.Now = Start;
        await Storage.WriteAsync(Meeting with { Key = "sco/meeting/b" }, "{}", null, [Message("earliest", "mail")], Ct);
        Clock.Now = Start.AddMinutes(10);
        await Storage.WriteAsync(Meeting with { Key = "sco/meeting/c" }, "{}", null, [Message("later-3", "mail")], Ct);

        Assert.Equal(["earliest", "later-1", "later-2", "later-3"], await PendingKeysAsync());
        Assert.Equal(["earliest", "later-1", "later-3"], await PendingKeysAsync("mail"));
        Assert.Equal(["later-2"], await PendingKeysAsync("schedule"));
        Assert.Empty(await PendingKeysAsync("unknown"));
        Assert.Equal(["earliest", "later-1"], await PendingKeysAsync(maxCount: 2));
    }

    [Fact]
    public async Task ReadPendingAsync_MaxCountNotPositive_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Storage.ReadPendingAsync(0, cancellationToken: Ct));
    }

    [Fact]
    public async Task MarkProcessedAsync_RemovesOnlyThatMessageFromPending()
    {
        var done = Message("done");
        await Storage.WriteAsync(Meeting, "{}", null, [done, Message("open")], Ct);

        await Storage.MarkProcessedAsync(done.Id, Start.AddMinutes(1), Ct);
        await Storage.MarkProcessedAsync(done.Id, Start.AddMinutes(2), Ct);
        await Storage.MarkProcessedAsync(Guid.NewGuid(), Start, Ct);

        Assert.Equal(["open"], await PendingKeysAsync());
    }

    [Fact]
    public async Task RecordFailureAsync_CountsAttemptsKeepsLastErrorAndStaysPendingUntilNextAttempt()
    {
        var message = Message("flaky");
        await Storage.WriteAsync(Meeting, "{}", null, [message], Ct);

        await Storage.RecordFailureAsync(message.Id, "SMTP 421: try again", Start.AddSeconds(30), Ct);
        await Storage.RecordFailureAsync(message.Id, "Graph 429: too many requests", Start.AddMinutes(1), Ct);

        var pending = Assert.Single(await Storage.ReadPendingAsync(10, cancellationToken: Ct));
        Assert.Equal((2, "Graph 429: too many requests", OutboxStatus.Pending, Start.AddMinutes(1)), (pending.Attempts, pending.LastError, pending.Status, pending.NextAttemptUtc));
    }
}
