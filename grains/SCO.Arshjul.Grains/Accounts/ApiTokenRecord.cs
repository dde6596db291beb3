using NodaTime;
using SCO.Arshjul.Grains.Accounts;

namespace SCO.Arshjul.Grains;

/// <summary>A stored API token.</summary>
/// <param name="Id">The short id, <c>t1</c>, <c>t2</c> …; never reused within the account.</param>
/// <param name="Hash">SHA-256 of the token's secret, 64 lower-case hex characters.</param>
/// <param name="ExpiresAt">From this instant the token is expired; null for never.</param>
/// <param name="CreatedBy">Who created it.</param>
public sealed record ApiTokenRecord(string Id, string Name, string Hash, Instant CreatedAt, Instant? ExpiresAt, string CreatedBy)
{
    /// <summary>Whether the token still works at <paramref name="now"/>.</summary>
    public bool IsActiveAt(Instant now) => ExpiresAt is not { } expiresAt || now < expiresAt;

    /// <summary>The token without its hash.</summary>
    public ApiTokenInfo ToInfo() => new(Id, Name, CreatedAt, ExpiresAt);
}
