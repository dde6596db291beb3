using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.ClientApi.Identity.SignIn;
using SCO.Arshjul.Notifications.Composition;

namespace SCO.Arshjul.ClientApi.Pages.Inloggning;

/// <summary>Asks for a sign-in link. Always answers the same, so the page never tells whether an address is registered.</summary>
[EnableRateLimiting(ClientApiHosting.SignInRateLimit)]
public sealed class IndexModel(SignInLinks links, IOptions<CompositionOptions> composition) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Email) && Email.Length <= 320)
        {
            await links.RequestAsync(Email, BaseUrl(), cancellationToken);
        }

        Sent = true;
        return Page();
    }

    // The configured address of the web UI: never the request's Host header, which a sender could forge.
    private Uri BaseUrl() => composition.Value.WebBaseUrl is { } configured
        ? new Uri(configured.AbsoluteUri.TrimEnd('/') + "/")
        : new Uri($"{Request.Scheme}://{Request.Host}/");
}
