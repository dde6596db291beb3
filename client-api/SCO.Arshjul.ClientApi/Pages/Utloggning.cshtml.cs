using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Hosting;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>Ends the cookie session (POST only, with antiforgery).</summary>
[AllowAnonymous]
public sealed class UtloggningModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ClientApiHosting.CookieScheme);
        return RedirectToPage();
    }
}
