using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Identity.SignIn;
using SCO.Arshjul.Grains.Accounts;

namespace SCO.Arshjul.ClientApi.Pages.Inloggning;

/// <summary>
/// The page a sign-in link opens. Opening it changes nothing (mail scanners open links); the button redeems the link
/// once and starts a cookie session.
/// </summary>
public sealed class LankModel(SignInLinks links) : PageModel
{
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string org, string person, string secret, CancellationToken cancellationToken)
    {
        var (outcome, signedIn) = await links.RedeemAsync(org, person, secret, cancellationToken);
        if (signedIn is null)
        {
            Problem = outcome switch
            {
                SignInRedemption.Expired => "Länken har gått ut. Be om en ny.",
                SignInRedemption.AlreadyUsed => "Länken är redan använd. Be om en ny.",
                _ => "Länken gäller inte.",
            };
            return Page();
        }

        var principal = ArshjulClaims.Principal(
            signedIn.Organisation, signedIn.PersonId, signedIn.Name, signedIn.Roles, ClientApiHosting.CookieScheme, signedIn.OrganisationName);
        await HttpContext.SignInAsync(ClientApiHosting.CookieScheme, principal);
        return LocalRedirect("/mina-sidor");
    }
}
