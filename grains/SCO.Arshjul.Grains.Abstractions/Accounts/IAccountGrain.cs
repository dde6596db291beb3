using NodaTime;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Accounts;

/// <summary>
/// One person's sign-in to the web UI: one-time sign-in links mailed to their address and personal API tokens for
/// scripts. Key: <c>{org}/account/{personId}</c>, e.g. <c>sco/account/annika-westerlund</c>; the person id may be a
/// configured bootstrap administrator who is not in the roster, so the grain calls no other grain.
/// The web layer generates the random secrets and hashes them (SHA-256, 64 lower-case hex characters); the grain only
/// ever sees, stores and compares (in constant time) hashes, and never returns them.
/// Every change is recorded in the history; there are no outbox messages. Every command throws
/// <see cref="Common.GovernanceRuleException"/> (<c>account.*</c> or <c>validation.*</c> codes) when it breaks a rule,
/// and then changes nothing.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the hash of a new one-time sign-in link, valid from now for <paramref name="validFor"/> (1–60 minutes).
    /// At most <see cref="AccountRules.MaxUnusedSignInLinks"/> unused links are kept: the oldest beyond that are dropped.
    /// </summary>
    /// <param name="tokenHash">SHA-256 of the link's secret, 64 lower-case hex characters.</param>
    /// <param name="actor">Who asked for the link (the person, or a system name such as <c>web</c>).</param>
    [ReRunOnConflict]
    Task<SignInLinkIssue> IssueSignInLinkAsync(string tokenHash, Duration validFor, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redeems a sign-in link. <see cref="SignInRedemption.Accepted"/> marks it used and records the sign-in; the other
    /// outcomes are normal answers, not errors, and change nothing.
    /// </summary>
    /// <exception cref="Common.GovernanceRuleException">The hash is malformed (<c>account.token-hash-invalid</c>).</exception>
    [ReRunOnConflict]
    Task<SignInRedemption> RedeemSignInLinkAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the hash of a new API token named <paramref name="name"/> (1–100 characters, unique among the active
    /// tokens, case ignored). At most <see cref="AccountRules.MaxActiveApiTokens"/> tokens are active at once.
    /// </summary>
    /// <param name="expiresAt">When the token stops working (must be in the future), or null for never.</param>
    [ReRunOnConflict]
    Task<ApiTokenInfo> CreateApiTokenAsync(string name, string tokenHash, Instant? expiresAt, string actor, CancellationToken cancellationToken = default);

    /// <summary>The active, unexpired token with this hash, or null. Writes nothing: it is called on every API request.</summary>
    /// <exception cref="Common.GovernanceRuleException">The hash is malformed (<c>account.token-hash-invalid</c>).</exception>
    [ReRunOnConflict]
    Task<ApiTokenInfo?> VerifyApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Revokes the active token <paramref name="tokenId"/>; it no longer verifies.</summary>
    /// <exception cref="Common.GovernanceRuleException">No active token has that id (<c>account.token-unknown</c>).</exception>
    [ReRunOnConflict]
    Task<AccountSnapshot> RevokeApiTokenAsync(string tokenId, string actor, CancellationToken cancellationToken = default);

    /// <summary>The account as it stands: its active tokens (never their hashes), last sign-in and history.</summary>
    Task<AccountSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
