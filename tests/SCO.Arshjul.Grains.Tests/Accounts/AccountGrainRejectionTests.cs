using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Accounts;

/// <summary>Every rejected account command names its rule and leaves the account, and its stored row, as they were.</summary>
public sealed class AccountGrainRejectionTests
{
    private static readonly string Secret = "A1B2" + new string('C', 60);
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestSilo? _silo;

    public static TheoryData<string> MalformedHashes() => new()
    {
        "",
        AccountSamples.Hash("a").ToUpperInvariant(),
        AccountSamples.Hash("a")[..63],
        AccountSamples.Hash("a") + "0",
        "g" + AccountSamples.Hash("a")[1..],
        " " + AccountSamples.Hash("a")[1..],
    };

    [Theory]
    [MemberData(nameof(MalformedHashes))]
    public async Task EveryCommand_MalformedHash_RejectedAndUnchanged(string hash) => await EveryCommandRejectsAsync(hash);

    [Fact]
    public async Task EveryCommand_NullHash_RejectedAndUnchanged() => await EveryCommandRejectsAsync(null!);

    [Fact]
    public async Task IssueSignInLinkAsync_RawSecretInsteadOfHash_MessageDoesNotRepeatIt()
    {
        await using var silo = await ArrangeAsync();

        var error = await Expect.RejectedAsync(
            GovernanceErrorCodes.AccountTokenHashInvalid,
            () => silo.Account().IssueSignInLinkAsync(Secret, Duration.FromMinutes(15), "web", _ct));

        Assert.DoesNotContain(Secret, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(60 * 60 + 1)]
    [InlineData(24 * 60 * 60)]
    public async Task IssueSignInLinkAsync_ValidityOutsideOneToSixtyMinutes_RejectedAndUnchanged(int seconds)
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(
            GovernanceErrorCodes.AccountLinkValidityOutOfRange,
            () => silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("new"), Duration.FromSeconds(seconds), "web", _ct));
    }

    [Fact]
    public async Task IssueSignInLinkAsync_HashOfAStoredLinkOrEmptyActor_RejectedAndUnchanged()
    {
        await using var silo = await ArrangeAsync();
        var account = silo.Account();

        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashTaken, () => account.IssueSignInLinkAsync(AccountSamples.Hash("link-1"), Duration.FromMinutes(15), "web", _ct));
        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashTaken, () => account.IssueSignInLinkAsync(AccountSamples.Hash("used"), Duration.FromMinutes(15), "web", _ct));
        await RejectedAsync(GovernanceErrorCodes.Required, () => account.IssueSignInLinkAsync(AccountSamples.Hash("new"), Duration.FromMinutes(15), " ", _ct));
    }

    [Theory]
    [InlineData("", GovernanceErrorCodes.Required)]
    [InlineData("   ", GovernanceErrorCodes.Required)]
    [InlineData("skript", GovernanceErrorCodes.AccountTokenNameTaken)]
    [InlineData(" SKRIPT ", GovernanceErrorCodes.AccountTokenNameTaken)]
    public async Task CreateApiTokenAsync_EmptyOrTakenName_RejectedAndUnchanged(string name, string code)
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(code, () => silo.Account().CreateApiTokenAsync(name, AccountSamples.Hash("new"), null, "admin", _ct));
    }

    [Fact]
    public async Task CreateApiTokenAsync_NameOf101Characters_RejectedButHundredAccepted()
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(GovernanceErrorCodes.AccountTokenNameTooLong, () => silo.Account().CreateApiTokenAsync(new string('x', 101), AccountSamples.Hash("new"), null, "admin", _ct));

        Assert.Equal(100, (await silo.Account().CreateApiTokenAsync(new string('x', 100), AccountSamples.Hash("new"), null, "admin", _ct)).Name.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-86400)]
    public async Task CreateApiTokenAsync_ExpiryNotInTheFuture_RejectedAndUnchanged(int seconds)
    {
        await using var silo = await ArrangeAsync();
        var expiresAt = Instant.FromDateTimeOffset(_host.Clock.GetUtcNow()) + Duration.FromSeconds(seconds);

        await RejectedAsync(GovernanceErrorCodes.AccountTokenExpiryPast, () => silo.Account().CreateApiTokenAsync("Nytt", AccountSamples.Hash("new"), expiresAt, "admin", _ct));
    }

    [Fact]
    public async Task CreateApiTokenAsync_ExpiryAfterTheServedYears_RejectedAndUnchanged()
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(GovernanceErrorCodes.TimeOutOfRange, () => silo.Account().CreateApiTokenAsync("Nytt", AccountSamples.Hash("new"), Instant.MaxValue, "admin", _ct));
    }

    [Fact]
    public async Task CreateApiTokenAsync_HashOfActiveTokenOrEmptyActor_RejectedAndUnchanged()
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashTaken, () => silo.Account().CreateApiTokenAsync("Nytt", AccountSamples.Hash("token"), null, "admin", _ct));
        await RejectedAsync(GovernanceErrorCodes.Required, () => silo.Account().CreateApiTokenAsync("Nytt", AccountSamples.Hash("new"), null, "", _ct));
    }

    [Fact]
    public async Task CreateApiTokenAsync_TwentyFirstActiveToken_RejectedAndUnchanged()
    {
        await using var silo = await ArrangeAsync();
        for (var i = 2; i <= AccountRules.MaxActiveApiTokens; i++)
        {
            await silo.Account().CreateApiTokenAsync($"Token {i}", AccountSamples.Hash($"token-{i}"), null, "admin", _ct);
        }

        await RejectedAsync(GovernanceErrorCodes.AccountTokenLimitReached, () => silo.Account().CreateApiTokenAsync("Ett för mycket", AccountSamples.Hash("new"), null, "admin", _ct));
    }

    [Theory]
    [InlineData("t9", GovernanceErrorCodes.AccountTokenUnknown)]
    [InlineData("T1", GovernanceErrorCodes.AccountTokenUnknown)]
    [InlineData("t2", GovernanceErrorCodes.AccountTokenUnknown)] // revoked in ArrangeAsync
    [InlineData("t3", GovernanceErrorCodes.AccountTokenUnknown)] // expired in ArrangeAsync
    [InlineData("", GovernanceErrorCodes.Required)]
    public async Task RevokeApiTokenAsync_NoSuchActiveToken_RejectedAndUnchanged(string tokenId, string code)
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(code, () => silo.Account().RevokeApiTokenAsync(tokenId, "admin", _ct));
    }

    [Fact]
    public async Task RevokeApiTokenAsync_EmptyActor_RejectedAndUnchanged()
    {
        await using var silo = await ArrangeAsync();

        await RejectedAsync(GovernanceErrorCodes.Required, () => silo.Account().RevokeApiTokenAsync("t1", " ", _ct));
    }

    /// <summary>
    /// An account with five unused links and one used, token t1 "Skript" active, t2 revoked and t3 expired; the clock
    /// stands after t3's expiry.
    /// </summary>
    private async Task<TestSilo> ArrangeAsync()
    {
        var silo = _silo = await _host.StartSiloAsync();
        var account = silo.Account();
        await account.IssueSignInLinkAsync(AccountSamples.Hash("used"), Duration.FromMinutes(15), "web", _ct);
        await account.RedeemSignInLinkAsync(AccountSamples.Hash("used"), _ct);
        for (var i = 1; i <= AccountRules.MaxUnusedSignInLinks; i++)
        {
            await account.IssueSignInLinkAsync(AccountSamples.Hash($"link-{i}"), Duration.FromMinutes(15), "web", _ct);
        }

        var now = Instant.FromDateTimeOffset(_host.Clock.GetUtcNow());
        await account.CreateApiTokenAsync("Skript", AccountSamples.Hash("token"), null, "admin", _ct);
        await account.CreateApiTokenAsync("Återkallad", AccountSamples.Hash("revoked"), null, "admin", _ct);
        await account.CreateApiTokenAsync("Kortlivad", AccountSamples.Hash("expired"), now + Duration.FromMinutes(5), "admin", _ct);
        await account.RevokeApiTokenAsync("t2", "admin", _ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(5));
        return silo;
    }

    /// <summary>Each of the four hash-taking methods rejects <paramref name="hash"/> and changes nothing.</summary>
    private async Task EveryCommandRejectsAsync(string hash)
    {
        await using var silo = await ArrangeAsync();
        var account = silo.Account();

        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashInvalid, () => account.IssueSignInLinkAsync(hash, Duration.FromMinutes(15), "web", _ct));
        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashInvalid, () => account.RedeemSignInLinkAsync(hash, _ct));
        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashInvalid, () => account.CreateApiTokenAsync("Nytt", hash, null, "admin", _ct));
        await RejectedAsync(GovernanceErrorCodes.AccountTokenHashInvalid, () => account.VerifyApiTokenAsync(hash, _ct));
    }

    /// <summary>Rejected with <paramref name="code"/>; the snapshot and the stored row (links included) stay the same.</summary>
    private async Task RejectedAsync(string code, Func<Task> act)
    {
        var stored = await _host.StoredAsync();
        await Expect.RejectedAndUnchangedAsync(code, () => _silo!.Account().GetAsync(_ct), act);
        Assert.Equal(stored, await _host.StoredAsync());
    }
}
