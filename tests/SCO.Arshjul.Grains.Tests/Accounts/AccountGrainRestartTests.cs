using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Accounts;

/// <summary>An account's links and tokens survive deactivation: a second silo on the same storage continues.</summary>
public sealed class AccountGrainRestartTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewSilo_SameStorage_KeepsLinksTokensAndHistory()
    {
        string before;
        await using (var first = await _host.StartSiloAsync())
        {
            var account = first.Account();
            await account.IssueSignInLinkAsync(AccountSamples.Hash("used"), AccountRules.DefaultSignInLinkValidity, "web", _ct);
            await account.IssueSignInLinkAsync(AccountSamples.Hash("fresh"), AccountRules.DefaultSignInLinkValidity, "web", _ct);
            await account.RedeemSignInLinkAsync(AccountSamples.Hash("used"), _ct);
            await account.CreateApiTokenAsync("Skript", AccountSamples.Hash("token"), null, AccountSamples.PersonId, _ct);
            before = GovernanceJson.Serialize(await account.GetAsync(_ct));
        }

        await using var second = await _host.StartSiloAsync();

        Assert.Equal(before, GovernanceJson.Serialize(await second.Account().GetAsync(_ct)));
        Assert.Equal("t1", (await second.Account().VerifyApiTokenAsync(AccountSamples.Hash("token"), _ct))?.Id);
        Assert.Equal(SignInRedemption.AlreadyUsed, await second.Account().RedeemSignInLinkAsync(AccountSamples.Hash("used"), _ct));
        Assert.Equal(SignInRedemption.Accepted, await second.Account().RedeemSignInLinkAsync(AccountSamples.Hash("fresh"), _ct));
        Assert.Equal("t2", (await second.Account().CreateApiTokenAsync("Nytt", AccountSamples.Hash("token-2"), null, "admin", _ct)).Id);
        Assert.Equal(6, (await second.Account().GetAsync(_ct)).Version);
    }
}
