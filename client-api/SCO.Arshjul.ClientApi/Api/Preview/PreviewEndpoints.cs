using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Silo.Preview;

namespace SCO.Arshjul.ClientApi.Api.Preview;

/// <summary>
/// <c>preview?from=&amp;to=</c>: what the wheel would send in the period, to whom and when, for förbundschef and kansli
/// (<see cref="WheelPreview"/>: the live path on a virtual clock, from the stored state, read only). Sends nothing,
/// changes nothing. The result states its assumption (the plan is followed) and the channel.
/// </summary>
internal static class PreviewEndpoints
{
    public static void MapPreviewEndpoints(this RouteGroupBuilder organisation)
    {
        organisation.MapGet("/preview", GetAsync).RequireAuthorization(ArshjulPolicies.Manage).WithTags("Förhandsvisning");
    }

    /// <summary>
    /// The preview of <paramref name="from"/> to <paramref name="to"/> (<c>yyyy-MM-dd</c>; today and the end of that year
    /// by default): 400 (problem+json with a code) for a date that is none, a period reversed, longer than two years or
    /// already past.
    /// </summary>
    private static async Task<Results<Ok<PreviewResult>, ProblemHttpResult>> GetAsync(
        string org, string? from, string? to, WheelPreview preview, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await preview.RunAsync(new PreviewRequest(org, from, to), cancellationToken));
        }
        catch (PreviewRequestException refused)
        {
            return RequestRules.Invalid(refused.Code, refused.Message);
        }
    }
}
