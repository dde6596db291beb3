namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>A failed message retried by hand (the API's retry): pending again, due now, with every attempt again.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    private const string GivenUp = "ErrorInvalidRecipients: no such mailbox";

    [Fact]
    public async Task RequeueAsync_FailedMessage_PendingDueNowWithAttemptsResetAndErrorKept()
    {
        var message = await AppendFailedAsync("bad-address");
        var now = Start.AddDays(2);

        Assert.True(await Storage.RequeueAsync(message.Id, now, Ct));

        var expected = new StoredOutboxMessage(message.Id, NotificationSource, "notification", "bad-address", message.Payload, Start, null, 0, GivenUp, OutboxStatus.Pending, now);
        Assert.Equal(expected, await Storage.GetAsync(message.Id, Ct));
        Assert.Equal([expected], await Storage.ReadPendingAsync(10, cancellationToken: Ct));
        Assert.Empty(await Storage.ListAsync(null, OutboxStatus.Failed, 10, Ct));
        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", now.AddTicks(-1), now.AddMinutes(2), Ct));
        Assert.Equal([expected], await Storage.ClaimAsync("notification", 10, "node-b", now, now.AddMinutes(2), Ct));
    }

    [Fact]
    public async Task RequeueAsync_RequeuedMessageFailsAgain_CountsAttemptsFromZero()
    {
        var message = await AppendFailedAsync("bad-address");
        var now = Start.AddDays(2);
        await Storage.RequeueAsync(message.Id, now, Ct);
        Assert.Single(await Storage.ClaimAsync("notification", 10, "node-b", now, now.AddMinutes(2), Ct));

        await Storage.RecordFailureAsync(message.Id, "timeout", now.AddSeconds(30), Ct);

        var retried = await Storage.GetAsync(message.Id, Ct);
        Assert.Equal((OutboxStatus.Pending, 1, "timeout"), (retried?.Status, retried?.Attempts, retried?.LastError));
    }

    [Fact]
    public async Task RequeueAsync_Twice_SecondReturnsFalseAndKeepsFirstDueTime()
    {
        var message = await AppendFailedAsync("bad-address");
        Assert.True(await Storage.RequeueAsync(message.Id, Start.AddDays(1), Ct));
        var requeued = await Storage.GetAsync(message.Id, Ct);

        Assert.False(await Storage.RequeueAsync(message.Id, Start.AddDays(2), Ct));

        Assert.Equal(requeued, await Storage.GetAsync(message.Id, Ct));
        Assert.Equal(Start.AddDays(1), requeued?.NextAttemptUtc);
    }

    [Fact]
    public async Task RequeueAsync_PendingClaimedMessage_ReturnsFalseAndClaimStillHeld()
    {
        var message = await AppendClaimedAsync("in-flight");
        await Storage.RecordFailureAsync(message.Id, "timeout", Start, Ct);
        Assert.Single(await Storage.ClaimAsync("notification", 10, "node-a", Start, Lease, Ct));
        var before = await Storage.GetAsync(message.Id, Ct);

        Assert.False(await Storage.RequeueAsync(message.Id, Start.AddMinutes(1), Ct));

        Assert.Equal(before, await Storage.GetAsync(message.Id, Ct));
        Assert.Equal((1, "timeout"), (before?.Attempts, before?.LastError));
        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Start.AddMinutes(1), Lease, Ct));
    }

    [Fact]
    public async Task RequeueAsync_DeliveredMessage_ReturnsFalseAndStaysDelivered()
    {
        var message = await AppendClaimedAsync("sent");
        await Storage.MarkProcessedAsync(message.Id, Start.AddSeconds(5), Ct);
        var before = await Storage.GetAsync(message.Id, Ct);

        Assert.False(await Storage.RequeueAsync(message.Id, Start.AddMinutes(1), Ct));

        Assert.Equal(before, await Storage.GetAsync(message.Id, Ct));
        Assert.Equal(OutboxStatus.Delivered, before?.Status);
        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Lease.AddDays(1), Lease.AddDays(2), Ct));
    }

    [Fact]
    public async Task RequeueAsync_UnknownId_ReturnsFalseAndChangesNothing()
    {
        var failed = await AppendFailedAsync("bad-address");
        var before = await Storage.ListAsync(null, null, 10, Ct);

        Assert.False(await Storage.RequeueAsync(Guid.NewGuid(), Start.AddMinutes(1), Ct));

        Assert.Equal(before, await Storage.ListAsync(null, null, 10, Ct));
        Assert.Equal(OutboxStatus.Failed, (await Storage.GetAsync(failed.Id, Ct))?.Status);
    }

    [Fact]
    public async Task RequeueAsync_NewStorageInstance_SeesRequeuedMessageAndCannotRequeueItAgain()
    {
        var message = await AppendFailedAsync("bad-address");
        var now = Start.AddDays(2);
        await Storage.RequeueAsync(message.Id, now, Ct);

        var restarted = await OpenSiloAsync();

        var stored = await restarted.GetAsync(message.Id, Ct);
        Assert.Equal((OutboxStatus.Pending, 0, GivenUp, now), (stored?.Status, stored?.Attempts, stored?.LastError, stored?.NextAttemptUtc));
        Assert.False(await restarted.RequeueAsync(message.Id, now.AddDays(1), Ct));
        Assert.Equal([message.Id], (await restarted.ClaimAsync("notification", 10, "node-b", now, now.AddMinutes(2), Ct)).Select(m => m.Id));
    }

    [Fact]
    public async Task RequeueAsync_TwoSilosRequeueConcurrently_ExactlyOneWins()
    {
        var other = await OpenSiloAsync();
        var messages = new List<OutboxMessage>();
        for (var i = 0; i < 5; i++)
        {
            messages.Add(await AppendFailedAsync($"bad-address-{i}"));
        }

        foreach (var message in messages)
        {
            using var start = new Barrier(2);
            var requeues = await Task.WhenAll(new[] { Storage, other }.Select(silo => Task.Run(
                () =>
                {
                    start.SignalAndWait(Ct);
                    return silo.RequeueAsync(message.Id, Start.AddDays(1), Ct);
                },
                Ct)));

            Assert.Single(requeues, won => won);
        }

        Assert.Equal(5, (await Storage.ClaimAsync("notification", 10, "node-a", Start.AddDays(1), Lease.AddDays(1), Ct)).Count);
    }

    /// <summary>Appends a notification message, claims it as node-a and gives it up with <see cref="GivenUp"/> after one attempt.</summary>
    private async Task<OutboxMessage> AppendFailedAsync(string idempotencyKey)
    {
        var message = await AppendClaimedAsync(idempotencyKey);
        await Storage.MarkFailedAsync(message.Id, GivenUp, Ct);
        Assert.Equal(OutboxStatus.Failed, (await Storage.GetAsync(message.Id, Ct))?.Status);
        return message;
    }
}
