using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SCO.Arshjul.ClientApi.Identity.People;

namespace SCO.Arshjul.ClientApi.Identity.Tokens;

/// <summary>Authenticates <c>Authorization: Bearer {org}.{person}.{secret}</c> against the person's account grain.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    PersonDirectory people) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (ApiTokens.Parse(header["Bearer ".Length..].Trim()) is not var (organisation, personId, secret))
        {
            return AuthenticateResult.Fail("Malformed API token.");
        }

        if (await tokens.VerifyAsync(organisation, personId, secret, Context.RequestAborted) is null
            || await people.FindAsync(organisation, personId, Context.RequestAborted) is not { } person)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");
        }

        var principal = ArshjulClaims.Principal(person.Organisation, person.PersonId, person.Name, person.Roles, SchemeName, person.OrganisationName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
