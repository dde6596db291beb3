using NodaTime;

namespace SCO.Arshjul.Grains.Accounts;

/// <summary>An API token as shown to people and the web layer; never its hash.</summary>
/// <param name="Id">The token's short id within the account, e.g. <c>t3</c>; used to revoke it.</param>
/// <param name="Name">The name its owner gave it, e.g. "Rapportskript".</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="ExpiresAt">When it stops working (UTC), or null for never.</param>
public sealed record ApiTokenInfo(string Id, string Name, Instant CreatedAt, Instant? ExpiresAt);
