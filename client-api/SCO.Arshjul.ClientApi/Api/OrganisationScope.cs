using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// Every <c>/api/v1/orgs/{org}/…</c> route is for the signed-in person's own organisation only: another organisation's
/// id is refused with 403 before the endpoint runs, so nobody sees another förbund's data.
/// </summary>
internal sealed class OrganisationScope : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var requested = context.HttpContext.GetRouteValue("org") as string;
        if (requested is not null && !string.Equals(requested, context.HttpContext.User.OrganisationOf(), StringComparison.Ordinal))
        {
            return GovernanceProblems.Result(
                StatusCodes.Status403Forbidden, "Ingen behörighet", "organisation.forbidden", $"Du har inte tillgång till organisationen '{requested}'.");
        }

        return await next(context);
    }
}
