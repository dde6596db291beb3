using NodaTime;

namespace SCO.Arshjul.ClientApi.Api.Tokens;

/// <summary>A token just created. <paramref name="Token"/> is the only copy of its secret: it is never shown again.</summary>
/// <param name="Token">Send it as <c>Authorization: Bearer {Token}</c>.</param>
internal sealed record CreatedToken(string Id, string Name, Instant CreatedAt, Instant? ExpiresAt, string Token);
