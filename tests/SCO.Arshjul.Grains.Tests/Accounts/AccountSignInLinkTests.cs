using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Accounts;

/// <summary>One-time sign-in links: valid 15 minutes, single use, at most five unused kept.</summary>
public sealed class AccountSignInLinkTests
{
    private static readonly Duration Fifteen = AccountRules.DefaultSignInLinkValidity;
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueSignInLinkAsync_FifteenMinutes_ExpiresFifteenMinutesFromNowAndIsRecorded()
    {
        await using var silo = await _host.StartSiloAsync();

        var issue = await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Fifteen, "web", _ct);

        var now = Instant.FromDateTimeOffset(GrainTestHost.Start);
        Assert.Equal(new SignInLinkIssue(now, now + Fifteen), issue);
        var entry = Assert.Single((await silo.Account().GetAsync(_ct)).History);
        Assert.Equal(("web", "account.sign-in-link-issued", "Inloggningslänk utfärdad, giltig till 2025-01-10 09:15."), (entry.Actor, entry.Action, entry.Details));
    }

    [Fact]
    public async Task RedeemSignInLinkAsync_IssuedLink_AcceptedAndRecordsTheSignIn()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Fifteen, "web", _ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(3));

        var outcome = await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("a"), _ct);

        var snapshot = await silo.Account().GetAsync(_ct);
        Assert.Equal(SignInRedemption.Accepted, outcome);
        Assert.Equal(Instant.FromDateTimeOffset(_host.Clock.GetUtcNow()), snapshot.LastSignInAt);
        Assert.Equal((AccountSamples.PersonId, "account.signed-in", "Inloggad via länk"), (snapshot.History[^1].Actor, snapshot.History[^1].Action, snapshot.History[^1].Details));
        Assert.Equal((AccountSamples.Key, AccountSamples.PersonId, 2), (snapshot.Key, snapshot.PersonId, snapshot.Version));
    }

    [Fact]
    public async Task RedeemSignInLinkAsync_RedeemedTwice_SecondIsAlreadyUsedAndChangesNothing()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Fifteen, "web", _ct);
        Assert.Equal(SignInRedemption.Accepted, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("a"), _ct));
        var stored = await _host.StoredAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(SignInRedemption.AlreadyUsed, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("a"), _ct));

        Assert.Equal(stored, await _host.StoredAsync());
    }

    [Theory]
    [InlineData(14 * 60 + 59, SignInRedemption.Accepted)]
    [InlineData(15 * 60, SignInRedemption.Expired)]
    [InlineData(24 * 3600, SignInRedemption.Expired)]
    public async Task RedeemSignInLinkAsync_AfterSeconds_ExpiresAtFifteenMinutes(int seconds, SignInRedemption expected)
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Fifteen, "web", _ct);
        var stored = await _host.StoredAsync();
        _host.Clock.Advance(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("a"), _ct));

        Assert.Equal(expected == SignInRedemption.Expired, stored == await _host.StoredAsync());
    }

    [Fact]
    public async Task RedeemSignInLinkAsync_ExpiredBesideNewLink_EachJudgedByItsOwnExpiry()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("old"), Fifteen, "web", _ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(20));
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("new"), Fifteen, "web", _ct);

        Assert.Equal(SignInRedemption.Expired, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("old"), _ct));
        Assert.Equal(SignInRedemption.Accepted, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("new"), _ct));
    }

    [Fact]
    public async Task RedeemSignInLinkAsync_NeverIssued_UnknownAndChangesNothing()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Fifteen, "web", _ct);
        var stored = await _host.StoredAsync();

        Assert.Equal(SignInRedemption.Unknown, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("b"), _ct));

        Assert.Equal(stored, await _host.StoredAsync());
        Assert.Null((await silo.Account().GetAsync(_ct)).LastSignInAt);
    }

    [Fact]
    public async Task IssueSignInLinkAsync_SixthUnusedLink_DropsTheOldest()
    {
        await using var silo = await _host.StartSiloAsync();
        for (var i = 1; i <= 6; i++)
        {
            await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash($"link-{i}"), Fifteen, "web", _ct);
        }

        Assert.Equal(SignInRedemption.Unknown, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("link-1"), _ct));
        for (var i = 2; i <= 6; i++)
        {
            Assert.Equal(SignInRedemption.Accepted, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash($"link-{i}"), _ct));
        }

        Assert.EndsWith("Den äldsta oanvända länken slutade gälla.", (await silo.Account().GetAsync(_ct)).History[5].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueSignInLinkAsync_UsedLinks_DoNotCountAgainstTheFiveUnused()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("used"), Fifteen, "web", _ct);
        await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("used"), _ct);
        for (var i = 1; i <= 5; i++)
        {
            await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash($"link-{i}"), Fifteen, "web", _ct);
        }

        Assert.Equal(SignInRedemption.AlreadyUsed, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("used"), _ct));
        Assert.Equal(SignInRedemption.Accepted, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("link-1"), _ct));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public async Task IssueSignInLinkAsync_ValidityAtTheLimits_Accepted(int minutes)
    {
        await using var silo = await _host.StartSiloAsync();

        var issue = await silo.Account().IssueSignInLinkAsync(AccountSamples.Hash("a"), Duration.FromMinutes(minutes), "web", _ct);

        Assert.Equal(Duration.FromMinutes(minutes), issue.ExpiresAt - issue.IssuedAt);
        _host.Clock.Advance(TimeSpan.FromMinutes(minutes));
        Assert.Equal(SignInRedemption.Expired, await silo.Account().RedeemSignInLinkAsync(AccountSamples.Hash("a"), _ct));
    }
}
