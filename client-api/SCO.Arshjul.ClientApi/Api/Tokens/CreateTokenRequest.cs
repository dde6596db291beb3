using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace SCO.Arshjul.ClientApi.Api.Tokens;

/// <summary>A new personal API token: a name to tell it by (at most 100 characters, unique among the active ones) and an optional expiry.</summary>
/// <param name="ExpiresAt">When it stops working (UTC, in the future), or null for never.</param>
internal sealed record CreateTokenRequest(string? Name, Instant? ExpiresAt)
{
    public ProblemHttpResult? Problem() => RequestRules.Required(Name, "name", "Namnet");
}
