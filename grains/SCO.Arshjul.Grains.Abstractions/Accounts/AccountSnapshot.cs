using NodaTime;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Accounts;

/// <summary>An account at one version. Holds no hashes.</summary>
/// <param name="Key">The grain key, <c>{org}/account/{personId}</c>.</param>
/// <param name="PersonId">The person the account belongs to (the key's last part).</param>
/// <param name="ApiTokens">The active tokens (neither revoked nor expired), oldest first.</param>
/// <param name="LastSignInAt">When a sign-in link was last redeemed, or null if never.</param>
/// <param name="Version">Raised by every change; 0 before the first.</param>
/// <param name="History">Every change: who, when, what.</param>
public sealed record AccountSnapshot(
    string Key,
    string PersonId,
    IReadOnlyList<ApiTokenInfo> ApiTokens,
    Instant? LastSignInAt,
    int Version,
    IReadOnlyList<AuditEntry> History);
