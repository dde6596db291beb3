using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Pages.Objekt;

/// <summary>
/// Where a notification's item link lands (<c>/{org}/{kind}/{id}</c>): a redirect to the item's page
/// (<see cref="ItemPages"/>), for a signed-in person of that organisation; another organisation's item is 403.
/// </summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet(string org, string kind, string id) =>
        !string.Equals(org, User.OrganisationOf(), StringComparison.Ordinal) ? RequirePolicyAttribute.Refused(this)
        : ItemPages.PathOf(kind, id) is { } path ? Redirect(path)
        : NotFound();
}
