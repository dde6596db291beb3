using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>The account's API tokens: create, verify (no write), revoke.</summary>
internal sealed partial class AccountGrain
{
    public async Task<ApiTokenInfo> CreateApiTokenAsync(
        string name,
        string tokenHash,
        Instant? expiresAt,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var title = Require.Text(name, "API-tokenets namn");
        if (title.Length > AccountRules.MaxApiTokenNameLength)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenNameTooLong,
                $"API-tokenets namn får vara högst {AccountRules.MaxApiTokenNameLength} tecken långt.");
        }

        var hash = TokenHash.Require(tokenHash);
        var now = Now();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenExpiryPast,
                $"API-tokenets slutdatum {Format(expiry)} har redan passerats.");
        }

        if (expiresAt is { } last)
        {
            StockholmTime.RequireServed(last.InUtc().Date, "API-tokenets slutdatum"); // before Format, which cannot show a time after 9999
        }

        var active = State.ApiTokens.Where(t => t.IsActiveAt(now)).ToList();
        if (active.Any(t => string.Equals(t.Name, title, StringComparison.OrdinalIgnoreCase)))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenNameTaken,
                $"Det finns redan en aktiv API-token med namnet '{title}'.");
        }

        if (TokenHash.IndexOf(active, t => t.Hash, hash) >= 0)
        {
            throw HashTaken();
        }

        if (active.Count >= AccountRules.MaxActiveApiTokens)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenLimitReached,
                $"Kontot har redan {AccountRules.MaxActiveApiTokens} aktiva API-token: återkalla en innan du skapar en ny.");
        }

        var token = new ApiTokenRecord($"t{State.ApiTokensCreated + 1}", title, hash, now, expiresAt, by);
        State.ApiTokensCreated++;
        State.ApiTokens = [.. active, token];
        var validity = expiresAt is { } until ? $"giltig till {Format(until)}" : "utan slutdatum";
        await CommitAsync(new AuditEntry(now, by, "account.api-token-created", $"API-token '{title}' ({token.Id}) skapad, {validity}."));
        return token.ToInfo();
    }

    public Task<ApiTokenInfo?> VerifyApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var hash = TokenHash.Require(tokenHash);
        var index = TokenHash.IndexOf(State.ApiTokens, t => t.Hash, hash);
        var token = index < 0 ? null : State.ApiTokens[index];
        return Task.FromResult(token is not null && token.IsActiveAt(Now()) ? token.ToInfo() : null);
    }

    public async Task<AccountSnapshot> RevokeApiTokenAsync(string tokenId, string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var id = Require.Text(tokenId, "API-tokenets id");
        var now = Now();
        var active = State.ApiTokens.Where(t => t.IsActiveAt(now)).ToList();
        var token = active.FirstOrDefault(t => t.Id == id)
            ?? throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenUnknown,
                $"Kontot har ingen aktiv API-token med id '{id}'.");
        State.ApiTokens = [.. active.Where(t => t.Id != id)];
        await CommitAsync(new AuditEntry(now, by, "account.api-token-revoked", $"API-token '{token.Name}' ({token.Id}) återkallad."));
        return ToSnapshot(now);
    }
}
