using NodaTime;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="AccountGrain"/>. Holds hashes only, never secrets.</summary>
public sealed class AccountState : GovernanceState
{
    /// <summary>
    /// Sign-in links, oldest first: the newest unused ones (at most five) and the newest used ones (at most five, so
    /// that a link used twice is told apart from an unknown one).
    /// </summary>
    public List<SignInLinkRecord> SignInLinks { get; set; } = [];

    /// <summary>API tokens not revoked, oldest first; expired ones are dropped at the next token change.</summary>
    public List<ApiTokenRecord> ApiTokens { get; set; } = [];

    /// <summary>How many API tokens were ever created; the next token's id is <c>t{ApiTokensCreated + 1}</c>.</summary>
    public int ApiTokensCreated { get; set; }

    /// <summary>When a sign-in link was last redeemed.</summary>
    public Instant? LastSignInAt { get; set; }
}
