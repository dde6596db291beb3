using System.Text;
using System.Text.Json;
using Azure.Core;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// A credential that issues an unsigned app-only token carrying <c>roles</c> (what Entra ID puts in a client-credentials
/// token), without any network; counts the tokens asked for.
/// </summary>
public sealed class FakeTokenCredential(params string[] roles) : TokenCredential
{
    private int _requests;

    public int Requests => _requests;

    /// <summary>The permissions the Graph channel needs: Calendars.ReadWrite and Mail.Send.</summary>
    public static FakeTokenCredential WithGraphPermissions() => new("Calendars.ReadWrite", "Mail.Send");

    /// <summary>The needed permissions and Mail.Read, with which a mail whose answer was lost is looked up in Sent Items rather than sent again.</summary>
    public static FakeTokenCredential WithRecommendedGraphPermissions() => new("Calendars.ReadWrite", "Mail.Send", "Mail.Read");

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var header = Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Encode(JsonSerializer.Serialize(new { aud = "https://graph.microsoft.com", roles }));
        return new AccessToken($"{header}.{payload}.", TimeProvider.System.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
