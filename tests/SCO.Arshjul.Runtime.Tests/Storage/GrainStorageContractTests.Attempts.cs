namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>The delivery attempt log: begun, settled, begun again; in doubt after a crash; atomic under concurrency.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    private const string AttemptKey = "sco/decision/SCÖ 2024-2.13/anna";

    [Fact]
    public async Task GetAsync_NeverBegun_ReturnsNull()
    {
        Assert.Null(await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task BeginAsync_FreshKey_ReturnsNoneAndRecordsFirstStartedAttempt()
    {
        Assert.Equal(PriorDeliveryAttempt.None, await Storage.BeginAsync(AttemptKey, Start, Ct));

        Assert.Equal(new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Started, 1, 0, Start, null, null), await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task BeginAsync_PreviousAttemptNeverSettled_ReturnsInDoubtAndCountsIt()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);

        Assert.Equal(PriorDeliveryAttempt.InDoubt, await Storage.BeginAsync(AttemptKey, Start.AddMinutes(1), Ct));

        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Started, 2, 1, Start.AddMinutes(1), null, null),
            await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task BeginAsync_AfterSucceeded_ReturnsSucceededAndChangesNothing()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(5), Ct);
        var succeeded = new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Succeeded, 1, 0, Start, Start.AddSeconds(5), null);
        Assert.Equal(succeeded, await Storage.GetAsync(AttemptKey, Ct));

        Assert.Equal(PriorDeliveryAttempt.Succeeded, await Storage.BeginAsync(AttemptKey, Start.AddHours(1), Ct));
        Assert.Equal(PriorDeliveryAttempt.Succeeded, await Storage.BeginAsync(AttemptKey, Start.AddHours(2), Ct));

        Assert.Equal(succeeded, await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task BeginAsync_AfterFailed_ReturnsFailedAndStartsAgainKeepingErrorUntilNextSettle()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.FailedAsync(AttemptKey, "ErrorInvalidRecipients: no such mailbox", Start.AddSeconds(5), Ct);
        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Failed, 1, 0, Start, Start.AddSeconds(5), "ErrorInvalidRecipients: no such mailbox"),
            await Storage.GetAsync(AttemptKey, Ct));

        Assert.Equal(PriorDeliveryAttempt.Failed, await Storage.BeginAsync(AttemptKey, Start.AddMinutes(1), Ct));
        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Started, 2, 0, Start.AddMinutes(1), null, "ErrorInvalidRecipients: no such mailbox"),
            await Storage.GetAsync(AttemptKey, Ct));

        await Storage.FailedAsync(AttemptKey, "ErrorQuotaExceeded", Start.AddMinutes(2), Ct);
        Assert.Equal("ErrorQuotaExceeded", (await Storage.GetAsync(AttemptKey, Ct))?.LastError);
        await Storage.BeginAsync(AttemptKey, Start.AddMinutes(3), Ct);
        await Storage.SucceededAsync(AttemptKey, Start.AddMinutes(4), Ct);
        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Succeeded, 3, 0, Start.AddMinutes(3), Start.AddMinutes(4), null),
            await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task FailedAsync_AfterSucceeded_LeavesSucceeded()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(5), Ct);

        await Storage.FailedAsync(AttemptKey, "late refusal", Start.AddSeconds(6), Ct);

        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Succeeded, 1, 0, Start, Start.AddSeconds(5), null),
            await Storage.GetAsync(AttemptKey, Ct));
        Assert.Equal(PriorDeliveryAttempt.Succeeded, await Storage.BeginAsync(AttemptKey, Start.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task SettleAsync_Twice_KeepsTheFirstInstant()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.BeginAsync("sco/meeting/x/bo", Start, Ct);

        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(5), Ct);
        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(9), Ct);
        await Storage.FailedAsync("sco/meeting/x/bo", "first refusal", Start.AddSeconds(5), Ct);
        await Storage.FailedAsync("sco/meeting/x/bo", "second refusal", Start.AddSeconds(9), Ct);

        Assert.Equal((DeliveryAttemptState.Succeeded, Start.AddSeconds(5)), Settled(await Storage.GetAsync(AttemptKey, Ct)));
        var failed = await Storage.GetAsync("sco/meeting/x/bo", Ct);
        Assert.Equal((DeliveryAttemptState.Failed, Start.AddSeconds(5)), Settled(failed));
        Assert.Equal("first refusal", failed?.LastError);
    }

    [Fact]
    public async Task SucceededAsync_AfterFailedWithoutNewBegin_RecordsSuccess()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.FailedAsync(AttemptKey, "timeout", Start.AddSeconds(5), Ct);

        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(9), Ct);

        Assert.Equal(
            new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Succeeded, 1, 0, Start, Start.AddSeconds(9), null),
            await Storage.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task SettleAsync_UnknownKey_ThrowsInvalidOperationAndWritesNothing()
    {
        await Storage.BeginAsync("sco/decision/SCÖ 2024-2.13/bo", Start, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Storage.SucceededAsync(AttemptKey, Start, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Storage.FailedAsync(AttemptKey, "refused", Start, Ct));

        Assert.Null(await Storage.GetAsync(AttemptKey, Ct));
        Assert.Equal(PriorDeliveryAttempt.None, await Storage.BeginAsync(AttemptKey, Start, Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(401)]
    [InlineData(4000)]
    public async Task BeginAsync_EmptyOrTooLongKey_ThrowsArgumentAndWritesNothing(int length)
    {
        var key = new string('k', length);

        await Assert.ThrowsAsync<ArgumentException>(() => Storage.BeginAsync(key, Start, Ct));

        Assert.Null(await Storage.GetAsync(key, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Storage.SucceededAsync(key, Start, Ct));
    }

    [Fact]
    public async Task BeginAsync_KeyOf400Characters_IsAccepted()
    {
        var key = string.Concat(Enumerable.Repeat("Ö", 400));

        Assert.Equal(PriorDeliveryAttempt.None, await Storage.BeginAsync(key, Start, Ct));

        Assert.Equal(key, (await Storage.GetAsync(key, Ct))?.Key);
    }

    [Fact]
    public async Task BeginAsync_UnicodeKeys_RoundTripAndDifferByCaseAndAccent()
    {
        string[] keys = [AttemptKey, "sco/decision/SCO 2024-2.13/anna", "sco/decision/scö 2024-2.13/anna", "sco/möte/✓ 🗓/åsa"];

        foreach (var key in keys)
        {
            Assert.Equal(PriorDeliveryAttempt.None, await Storage.BeginAsync(key, Start, Ct));
        }

        await Storage.SucceededAsync(AttemptKey, Start.AddSeconds(1), Ct);
        Assert.Equal(PriorDeliveryAttempt.Succeeded, await Storage.BeginAsync(AttemptKey, Start.AddMinutes(1), Ct));
        foreach (var key in keys[1..])
        {
            Assert.Equal((key, DeliveryAttemptState.Started, 1), Summary(await Storage.GetAsync(key, Ct)));
        }
    }

    [Fact]
    public async Task BeginAsync_TwentyConcurrentOnFreshKeyFromTwoSilos_ExactlyOneGetsNone()
    {
        var other = await OpenSiloAsync();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var begins = Enumerable.Range(0, 20).Select(i => Task.Run(
            async () =>
            {
                await go.Task;
                return await (i % 2 == 0 ? Storage : other).BeginAsync(AttemptKey, Start, Ct);
            },
            Ct)).ToArray();

        go.SetResult();
        var priors = await Task.WhenAll(begins);

        Assert.Single(priors, p => p == PriorDeliveryAttempt.None);
        Assert.Equal(19, priors.Count(p => p == PriorDeliveryAttempt.InDoubt));
        Assert.Equal(new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Started, 20, 19, Start, null, null), await other.GetAsync(AttemptKey, Ct));
    }

    [Fact]
    public async Task BeginAsync_NodeDiedBeforeSettling_AnotherSiloOnTheSameDatabaseFindsItInDoubt()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);
        await Storage.BeginAsync("sco/meeting/x/bo", Start, Ct);
        await Storage.FailedAsync("sco/meeting/x/bo", "refused", Start.AddSeconds(1), Ct);

        var restarted = await OpenSiloAsync();

        Assert.Equal(new DeliveryAttempt(AttemptKey, DeliveryAttemptState.Started, 1, 0, Start, null, null), await restarted.GetAsync(AttemptKey, Ct));
        Assert.Equal(PriorDeliveryAttempt.InDoubt, await restarted.BeginAsync(AttemptKey, Start.AddMinutes(5), Ct));
        Assert.Equal(PriorDeliveryAttempt.Failed, await restarted.BeginAsync("sco/meeting/x/bo", Start.AddMinutes(5), Ct));
        var seenByFirst = await Storage.GetAsync(AttemptKey, Ct);
        Assert.Equal((2, 1), (seenByFirst?.Attempts, seenByFirst?.InDoubtCount));
    }

    [Fact]
    public async Task EnsureSchemaAsync_AgainAfterAttempts_KeepsThem()
    {
        await Storage.BeginAsync(AttemptKey, Start, Ct);

        await Storage.EnsureSchemaAsync(Ct);
        await Storage.EnsureSchemaAsync(Ct);

        Assert.Equal(PriorDeliveryAttempt.InDoubt, await Storage.BeginAsync(AttemptKey, Start.AddMinutes(1), Ct));
    }

    private static (DeliveryAttemptState?, DateTimeOffset?) Settled(DeliveryAttempt? attempt) => (attempt?.State, attempt?.SettledUtc);

    private static (string?, DeliveryAttemptState?, int?) Summary(DeliveryAttempt? attempt) => (attempt?.Key, attempt?.State, attempt?.Attempts);
}
