namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>Claiming due messages for a lease, and settling them: delivered, retried later, failed for good, handed back.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    private static DateTimeOffset Lease => Start.AddMinutes(2);

    [Fact]
    public async Task ClaimAsync_DuePendingOfKind_ClaimsOldestFirstUpToMax()
    {
        Clock.Now = Start.AddMinutes(-1);
        await Storage.AppendAsync(NotificationSource, [Message("older"), Message("schedule", "schedule.changed")], Ct);
        Clock.Now = Start;
        await Storage.AppendAsync(NotificationSource, [Message("newer"), Message("newest")], Ct);

        var claimed = await Storage.ClaimAsync("notification", 2, "node-a", Start, Lease, Ct);

        Assert.Equal(["older", "newer"], claimed.Select(m => m.IdempotencyKey));
        Assert.All(claimed, m => Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts)));
        Assert.Equal(["newest"], Keys(await Storage.ClaimAsync("notification", 10, "node-b", Start, Lease, Ct)));
        Assert.Equal(["schedule"], Keys(await Storage.ClaimAsync("schedule.changed", 10, "node-b", Start, Lease, Ct)));
    }

    [Fact]
    public async Task ClaimAsync_HeldByAnother_ClaimedAgainOnlyOnceLeaseExpires()
    {
        await Storage.AppendAsync(NotificationSource, [Message("held")], Ct);
        await Storage.ClaimAsync("notification", 10, "node-a", Start, Lease, Ct);

        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Start.AddMinutes(1), Start.AddMinutes(3), Ct));
        Assert.Equal(["held"], Keys(await Storage.ClaimAsync("notification", 10, "node-b", Lease, Lease.AddMinutes(2), Ct)));
        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-a", Lease.AddMinutes(1), Lease.AddMinutes(3), Ct));
    }

    [Fact]
    public async Task ClaimAsync_NotYetCreatedAtNow_NotClaimed()
    {
        await Storage.AppendAsync(NotificationSource, [Message("future")], Ct);

        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-a", Start.AddTicks(-10), Lease, Ct));
    }

    [Fact]
    public async Task RecordFailureAsync_ClaimedMessage_ReleasesClaimAndWaitsForNextAttempt()
    {
        var message = await AppendClaimedAsync("flaky");

        await Storage.RecordFailureAsync(message.Id, "timeout", Start.AddSeconds(30), Ct);

        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-a", Start.AddSeconds(29), Lease, Ct));
        var again = Assert.Single(await Storage.ClaimAsync("notification", 10, "node-b", Start.AddSeconds(30), Lease, Ct));
        Assert.Equal((1, "timeout", Start.AddSeconds(30)), (again.Attempts, again.LastError, again.NextAttemptUtc));
    }

    [Fact]
    public async Task MarkFailedAsync_PendingMessage_FailsForGoodKeepsErrorAndIsNeverClaimed()
    {
        var message = await AppendClaimedAsync("bad-address");
        await Storage.RecordFailureAsync(message.Id, "timeout", Start, Ct);

        await Storage.MarkFailedAsync(message.Id, "ErrorInvalidRecipients: no such mailbox", Ct);
        await Storage.RecordFailureAsync(message.Id, "late failure", Start, Ct);
        await Storage.MarkProcessedAsync(Guid.NewGuid(), Start, Ct);

        Assert.Empty(await Storage.ReadPendingAsync(10, cancellationToken: Ct));
        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Lease.AddDays(1), Lease.AddDays(2), Ct));
        var failed = Assert.Single(await Storage.ListAsync("notification", OutboxStatus.Failed, 10, Ct));
        Assert.Equal((2, "ErrorInvalidRecipients: no such mailbox", null), (failed.Attempts, failed.LastError, failed.ProcessedUtc));
    }

    [Fact]
    public async Task MarkProcessedAsync_ClaimedMessage_DeliveredAndNeverClaimedAgain()
    {
        var message = await AppendClaimedAsync("sent");

        await Storage.MarkProcessedAsync(message.Id, Start.AddSeconds(5), Ct);
        await Storage.MarkFailedAsync(message.Id, "too late", Ct);
        await Storage.ReleaseAsync(message.Id, Start, Ct);

        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Lease.AddDays(1), Lease.AddDays(2), Ct));
        var delivered = Assert.Single(await Storage.ListAsync(null, null, 10, Ct));
        Assert.Equal((OutboxStatus.Delivered, Start.AddSeconds(5), 0, null), (delivered.Status, delivered.ProcessedUtc, delivered.Attempts, delivered.LastError));
    }

    [Fact]
    public async Task ReleaseAsync_ClaimedMessage_HandedBackWithoutAttemptDueAtGivenTime()
    {
        var message = await AppendClaimedAsync("waits-for-siblings");

        await Storage.ReleaseAsync(message.Id, Start.AddMinutes(1), Ct);

        Assert.Empty(await Storage.ClaimAsync("notification", 10, "node-b", Start.AddSeconds(59), Lease, Ct));
        var again = Assert.Single(await Storage.ClaimAsync("notification", 10, "node-b", Start.AddMinutes(1), Lease, Ct));
        Assert.Equal((0, null, Start.AddMinutes(1)), (again.Attempts, again.LastError, again.NextAttemptUtc));
    }

    [Fact]
    public async Task ClaimAsync_TwoSilosClaimConcurrently_EachMessageClaimedOnce()
    {
        var other = await OpenSiloAsync();
        await Storage.AppendAsync(NotificationSource, [.. Enumerable.Range(0, 40).Select(i => Message($"m-{i:00}"))], Ct);
        using var start = new Barrier(2);

        var claims = await Task.WhenAll(new[] { (Silo: Storage, Owner: "node-a"), (Silo: other, Owner: "node-b") }.Select(node => Task.Run(
            async () =>
            {
                start.SignalAndWait(Ct);
                var mine = new List<string>();
                for (var batch = await node.Silo.ClaimAsync("notification", 3, node.Owner, Start, Lease, Ct); batch.Count > 0;
                     batch = await node.Silo.ClaimAsync("notification", 3, node.Owner, Start, Lease, Ct))
                {
                    mine.AddRange(Keys(batch));
                }

                return mine;
            },
            Ct)));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }

    /// <summary>Appends a notification message and claims it as node-a at <see cref="Start"/>.</summary>
    private async Task<OutboxMessage> AppendClaimedAsync(string idempotencyKey)
    {
        var message = Message(idempotencyKey);
        await Storage.AppendAsync(NotificationSource, [message], Ct);
        Assert.Single(await Storage.ClaimAsync("notification", 10, "node-a", Start, Lease, Ct));
        return message;
    }

    private static string[] Keys(IEnumerable<StoredOutboxMessage> messages) => [.. messages.Select(m => m.IdempotencyKey)];
}
