using NodaTime;

namespace SCO.Arshjul.Grains.Accounts;

/// <summary>A sign-in link just stored.</summary>
/// <param name="IssuedAt">When it was stored (UTC).</param>
/// <param name="ExpiresAt">When it stops working (UTC): from this instant it is expired.</param>
public sealed record SignInLinkIssue(Instant IssuedAt, Instant ExpiresAt);
