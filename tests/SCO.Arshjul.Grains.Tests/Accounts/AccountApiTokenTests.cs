using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Accounts;

/// <summary>Personal API tokens: created, verified without a write, expired by the clock, revoked.</summary>
public sealed class AccountApiTokenTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Instant Now => Instant.FromDateTimeOffset(_host.Clock.GetUtcNow());

    [Fact]
    public async Task CreateApiTokenAsync_NamedToken_ReturnsInfoThatVerifies()
    {
        await using var silo = await _host.StartSiloAsync();
        var expires = Now + Duration.FromDays(90);

        var created = await silo.Account().CreateApiTokenAsync(" Rapportskript ", AccountSamples.Hash("s1"), expires, AccountSamples.PersonId, _ct);

        Assert.Equal(new ApiTokenInfo("t1", "Rapportskript", Now, expires), created);
        Assert.Equal(created, await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s1"), _ct));
        var snapshot = await silo.Account().GetAsync(_ct);
        Assert.Equal(created, Assert.Single(snapshot.ApiTokens));
        Assert.Equal("API-token 'Rapportskript' (t1) skapad, giltig till 2025-04-10 10:00.", Assert.Single(snapshot.History).Details);
    }

    [Fact]
    public async Task VerifyApiTokenAsync_KnownAndUnknownHashes_WritesNothing()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().CreateApiTokenAsync("Skript", AccountSamples.Hash("s1"), null, AccountSamples.PersonId, _ct);
        var stored = await _host.StoredAsync();

        Assert.NotNull(await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s1"), _ct));
        Assert.Null(await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s2"), _ct));

        Assert.Equal(stored, await _host.StoredAsync());
    }

    [Fact]
    public async Task VerifyApiTokenAsync_AtExpiry_NullAndNoLongerListedAndNameFree()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().CreateApiTokenAsync("Skript", AccountSamples.Hash("s1"), Now + Duration.FromHours(1), "admin", _ct);
        _host.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s1"), _ct));
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s1"), _ct));
        Assert.Empty((await silo.Account().GetAsync(_ct)).ApiTokens);
        var again = await silo.Account().CreateApiTokenAsync("Skript", AccountSamples.Hash("s2"), null, "admin", _ct);
        Assert.Equal("t2", again.Id);
    }

    [Fact]
    public async Task RevokeApiTokenAsync_ActiveToken_NoLongerVerifiesAndIdIsNotReused()
    {
        await using var silo = await _host.StartSiloAsync();
        await silo.Account().CreateApiTokenAsync("Ett", AccountSamples.Hash("s1"), null, AccountSamples.PersonId, _ct);
        var kept = await silo.Account().CreateApiTokenAsync("Två", AccountSamples.Hash("s2"), null, AccountSamples.PersonId, _ct);

        var snapshot = await silo.Account().RevokeApiTokenAsync("t1", "admin", _ct);

        Assert.Equal(kept, Assert.Single(snapshot.ApiTokens));
        Assert.Equal(("admin", "account.api-token-revoked", "API-token 'Ett' (t1) återkallad."), (snapshot.History[^1].Actor, snapshot.History[^1].Action, snapshot.History[^1].Details));
        Assert.Null(await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s1"), _ct));
        Assert.Equal(kept, await silo.Account().VerifyApiTokenAsync(AccountSamples.Hash("s2"), _ct));
        Assert.Equal("t3", (await silo.Account().CreateApiTokenAsync("Ett", AccountSamples.Hash("s3"), null, AccountSamples.PersonId, _ct)).Id);
    }

    [Fact]
    public async Task CreateApiTokenAsync_AfterRevokingOneOfTwenty_AcceptedAgain()
    {
        await using var silo = await _host.StartSiloAsync();
        for (var i = 1; i <= AccountRules.MaxActiveApiTokens; i++)
        {
            await silo.Account().CreateApiTokenAsync($"Token {i}", AccountSamples.Hash($"s{i}"), null, "admin", _ct);
        }

        await silo.Account().RevokeApiTokenAsync("t7", "admin", _ct);
        await silo.Account().CreateApiTokenAsync("Token 21", AccountSamples.Hash("s21"), null, "admin", _ct);

        Assert.Equal(AccountRules.MaxActiveApiTokens, (await silo.Account().GetAsync(_ct)).ApiTokens.Count);
    }

    [Fact]
    public async Task GetAsync_AfterLinksAndTokens_NeverShowsAHash()
    {
        await using var silo = await _host.StartSiloAsync();
        string[] hashes = [AccountSamples.Hash("link-1"), AccountSamples.Hash("link-2"), AccountSamples.Hash("token-1"), AccountSamples.Hash("token-2")];
        await silo.Account().IssueSignInLinkAsync(hashes[0], AccountRules.DefaultSignInLinkValidity, "web", _ct);
        await silo.Account().IssueSignInLinkAsync(hashes[1], AccountRules.DefaultSignInLinkValidity, "web", _ct);
        await silo.Account().RedeemSignInLinkAsync(hashes[0], _ct);
        await silo.Account().CreateApiTokenAsync("Ett", hashes[2], null, "admin", _ct);
        await silo.Account().CreateApiTokenAsync("Två", hashes[3], Now + Duration.FromDays(1), "admin", _ct);
        await silo.Account().RevokeApiTokenAsync("t1", "admin", _ct);

        var snapshot = await silo.Account().GetAsync(_ct);
        var json = GovernanceJson.Serialize(snapshot);
        var verified = GovernanceJson.Serialize((await silo.Account().VerifyApiTokenAsync(hashes[3], _ct))!);

        Assert.All(hashes, h => Assert.DoesNotContain(h[..16], json + verified, StringComparison.Ordinal));
        Assert.Equal("t2", Assert.Single(snapshot.ApiTokens).Id);
    }
}
