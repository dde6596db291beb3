using System.Security.Claims;

namespace SCO.Arshjul.ClientApi.Identity;

/// <summary>The claims of a signed-in person: organisation, person id, name and roles (<see cref="ArshjulRole"/>).</summary>
public static class ArshjulClaims
{
    /// <summary>The organisation id, e.g. <c>sco</c>.</summary>
    public const string Organisation = "arshjul:org";

    /// <summary>The roster person id, e.g. <c>annika-westerlund</c>.</summary>
    public const string Person = "arshjul:person";

    /// <summary>The organisation's name, e.g. <c>Samordningsförbundet Centrala Östergötland</c> (absent in sessions from before it was added).</summary>
    public const string OrganisationName = "arshjul:org-name";

    /// <summary>The principal of <paramref name="person"/> in <paramref name="organisation"/>, for <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Principal(string organisation, string person, string name, IEnumerable<string> roles, string scheme, string? organisationName = null)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(Organisation, organisation));
        if (!string.IsNullOrWhiteSpace(organisationName))
        {
            identity.AddClaim(new Claim(OrganisationName, organisationName));
        }

        identity.AddClaim(new Claim(Person, person));
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The organisation of <paramref name="user"/>, or null when not signed in.</summary>
    public static string? OrganisationOf(this ClaimsPrincipal user) => user.FindFirst(Organisation)?.Value;

    /// <summary>The name of <paramref name="user"/>'s organisation, else its id; null when not signed in.</summary>
    public static string? OrganisationNameOf(this ClaimsPrincipal user) => user.FindFirst(OrganisationName)?.Value ?? user.OrganisationOf();

    /// <summary>The person id of <paramref name="user"/>, or null when not signed in.</summary>
    public static string? PersonOf(this ClaimsPrincipal user) => user.FindFirst(Person)?.Value;

    /// <summary>"{org}/{person}": how the user is named as actor in the grains' history.</summary>
    public static string ActorOf(this ClaimsPrincipal user) => $"{user.OrganisationOf()}/{user.PersonOf()}";
}
