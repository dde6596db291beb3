using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// A person's sign-in links and API tokens; see <see cref="IAccountGrain"/>. Calls no other grain (the person may be a
/// bootstrap administrator outside the roster) and enqueues no outbox messages. API tokens are in
/// <c>AccountGrain.ApiTokens.cs</c>.
/// </summary>
[GrainType("account")]
internal sealed partial class AccountGrain(TimeProvider timeProvider)
    : GovernanceGrain<AccountState>(timeProvider), IAccountGrain
{
    /// <summary>How many used links are kept, to answer <see cref="SignInRedemption.AlreadyUsed"/>.</summary>
    private const int UsedSignInLinksKept = 5;

    /// <summary>The person the account belongs to: the key's last part.</summary>
    private string PersonId => GrainKey.ItemOf(Key);

    public async Task<SignInLinkIssue> IssueSignInLinkAsync(
        string tokenHash,
        Duration validFor,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var hash = TokenHash.Require(tokenHash);
        if (validFor < AccountRules.MinSignInLinkValidity || validFor > AccountRules.MaxSignInLinkValidity)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountLinkValidityOutOfRange,
                $"En inloggningslänk måste gälla mellan {AccountRules.MinSignInLinkValidity.TotalMinutes:0} och "
                + $"{AccountRules.MaxSignInLinkValidity.TotalMinutes:0} minuter.");
        }

        if (TokenHash.IndexOf(State.SignInLinks, l => l.Hash, hash) >= 0)
        {
            throw HashTaken();
        }

        var now = Now();
        var expiresAt = now + validFor;
        State.SignInLinks.Add(new SignInLinkRecord(hash, now, expiresAt, null));
        var details = $"Inloggningslänk utfärdad, giltig till {Format(expiresAt)}.";
        if (KeepNewestSignInLinks() > 0)
        {
            details += " Den äldsta oanvända länken slutade gälla.";
        }

        await CommitAsync(new AuditEntry(now, by, "account.sign-in-link-issued", details));
        return new SignInLinkIssue(now, expiresAt);
    }

    public async Task<SignInRedemption> RedeemSignInLinkAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var hash = TokenHash.Require(tokenHash);
        var index = TokenHash.IndexOf(State.SignInLinks, l => l.Hash, hash);
        if (index < 0)
        {
            return SignInRedemption.Unknown;
        }

        var link = State.SignInLinks[index];
        var now = Now();
        if (link.UsedAt is not null)
        {
            return SignInRedemption.AlreadyUsed;
        }

        if (now >= link.ExpiresAt)
        {
            return SignInRedemption.Expired;
        }

        State.SignInLinks[index] = link with { UsedAt = now };
        State.LastSignInAt = now;
        KeepNewestSignInLinks();
        await CommitAsync(new AuditEntry(now, PersonId, "account.signed-in", "Inloggad via länk"));
        return SignInRedemption.Accepted;
    }

    public Task<AccountSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot(Now()));

    /// <summary>"2025-01-10 09:15" in Stockholm.</summary>
    private static string Format(Instant instant) => StockholmTime.Format(instant.InZone(StockholmTime.Zone).LocalDateTime);

    private static GovernanceRuleException HashTaken() =>
        new(GovernanceErrorCodes.AccountTokenHashTaken, "Kontot har redan en länk eller API-token med samma hashvärde.");

    /// <summary>
    /// Keeps the newest <see cref="AccountRules.MaxUnusedSignInLinks"/> unused and <see cref="UsedSignInLinksKept"/> used
    /// links, in their order; returns how many unused links were dropped.
    /// </summary>
    private int KeepNewestSignInLinks()
    {
        var (unused, used) = (0, 0);
        var kept = new List<SignInLinkRecord>();
        foreach (var link in Enumerable.Reverse(State.SignInLinks))
        {
            var rank = link.UsedAt is null ? ++unused : ++used;
            if (rank <= (link.UsedAt is null ? AccountRules.MaxUnusedSignInLinks : UsedSignInLinksKept))
            {
                kept.Insert(0, link);
            }
        }

        State.SignInLinks = kept;
        return Math.Max(0, unused - AccountRules.MaxUnusedSignInLinks);
    }

    private AccountSnapshot ToSnapshot(Instant now) => new(
        Key,
        PersonId,
        [.. State.ApiTokens.Where(t => t.IsActiveAt(now)).Select(t => t.ToInfo())],
        State.LastSignInAt,
        State.Version,
        [.. State.History]);
}
