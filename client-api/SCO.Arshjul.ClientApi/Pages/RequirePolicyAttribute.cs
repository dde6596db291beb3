using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>
/// A page's handlers (all, or with <see cref="WritesOnly"/> only POSTs) need <see cref="Policy"/>. A signed-in person
/// without it gets <b>403</b> and the "Ingen behörighet" text (<see cref="Refused"/>), not the cookie scheme's redirect:
/// a forged form post is refused as plainly as the API refuses it, and the handler never runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequirePolicyAttribute(string policy) : Attribute, IAsyncPageFilter
{
    /// <summary>The policy, one of <see cref="Identity.ArshjulPolicies"/>.</summary>
    public string Policy { get; } = policy;

    /// <summary>Only requests that change something (anything but GET and HEAD) need the policy.</summary>
    public bool WritesOnly { get; init; }

    /// <summary>Whether <paramref name="page"/>'s user meets <paramref name="policy"/> (to show or hide a form).</summary>
    public static async Task<bool> AllowsAsync(PageModel page, string policy)
    {
        ArgumentNullException.ThrowIfNull(page);
        var authorization = page.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(page.User, policy)).Succeeded;
    }

    /// <summary>
    /// For a handler with its own rule (one of several POST handlers on a page): <see cref="Refused"/> when
    /// <paramref name="page"/>'s user does not meet <paramref name="policy"/>, otherwise null.
    /// </summary>
    public static async Task<IActionResult?> RefusalAsync(PageModel page, string policy) =>
        await AllowsAsync(page, policy) ? null : Refused(page);

    /// <summary>403 with the "Ingen behörighet" text in the site's layout.</summary>
    public static IActionResult Refused(PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PartialViewResult { ViewName = "_IngenBehorighet", ViewData = page.ViewData, TempData = page.TempData, StatusCode = StatusCodes.Status403Forbidden };
    }

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if ((!WritesOnly || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
            && context.HandlerInstance is PageModel page && !await AllowsAsync(page, Policy))
        {
            context.Result = Refused(page);
            return;
        }

        await next();
    }
}
