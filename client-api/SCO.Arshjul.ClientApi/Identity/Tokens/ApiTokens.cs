using NodaTime;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Identity.Tokens;

/// <summary>
/// Personal API tokens for scripts: <c>{org}.{person}.{secret}</c>, sent as <c>Authorization: Bearer …</c>. The secret
/// is shown once, when created; the person's account grain keeps only its hash.
/// </summary>
public sealed class ApiTokens(IGrainFactory grains)
{
    /// <summary>Creates a token for <paramref name="organisation"/>/<paramref name="personId"/>; the returned text is the only copy of the secret.</summary>
    public async Task<(ApiTokenInfo Info, string Token)> CreateAsync(
        string organisation,
        string personId,
        string name,
        Instant? expiresAt,
        string actor,
        CancellationToken cancellationToken)
    {
        var secret = Secrets.New();
        var info = await Account(organisation, personId).CreateApiTokenAsync(name, Secrets.Hash(secret), expiresAt, actor, cancellationToken);
        return (info, $"{organisation}.{personId}.{secret}");
    }

    /// <summary>
    /// The token's organisation, person and secret, or null when it is not shaped like one: three parts of 1–100
    /// characters, the first an organisation id (<see cref="GrainKey.IsOrganisationId"/>), so that no header can make
    /// a grain key the runtime refuses (which was a 500 before the request was even authorized).
    /// </summary>
    public static (string Organisation, string PersonId, string Secret)? Parse(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 100) && GrainKey.IsOrganisationId(parts[0]) ? (parts[0], parts[1], parts[2]) : null;
    }

    /// <summary>The active token with this secret, or null.</summary>
    public Task<ApiTokenInfo?> VerifyAsync(string organisation, string personId, string secret, CancellationToken cancellationToken) =>
        Account(organisation, personId).VerifyApiTokenAsync(Secrets.Hash(secret), cancellationToken);

    private IAccountGrain Account(string organisation, string personId) => grains.GetGrain<IAccountGrain>($"{organisation}/account/{personId}");
}
