using NodaTime;

namespace SCO.Arshjul.Grains;

/// <summary>A stored sign-in link.</summary>
/// <param name="Hash">SHA-256 of the link's secret, 64 lower-case hex characters.</param>
/// <param name="ExpiresAt">From this instant the link is expired.</param>
/// <param name="UsedAt">When it was redeemed, or null while unused.</param>
public sealed record SignInLinkRecord(string Hash, Instant IssuedAt, Instant ExpiresAt, Instant? UsedAt);
