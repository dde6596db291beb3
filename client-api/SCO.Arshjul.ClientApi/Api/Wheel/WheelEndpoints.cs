using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Wheel;

/// <summary><c>wheel/{year}</c>: the year's activities (årshjulet) with each item's current status, for everyone of the organisation.</summary>
internal static class WheelEndpoints
{
    public static void MapWheelEndpoints(this RouteGroupBuilder organisation)
    {
        organisation.MapGet("/wheel/{year}", GetAsync).WithTags("Årshjul");
    }

    /// <summary>The wheel of <paramref name="year"/>: 400 for a year outside 2000–2100, 404 when it was never generated.</summary>
    private static async Task<Results<Ok<WheelYear>, ProblemHttpResult>> GetAsync(
        string org, string year, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (WheelYears.Parse(year) is not { } value)
        {
            return WheelYears.YearProblem();
        }

        return await WheelReader.ReadAsync(grains, org, value, cancellationToken) is { } wheel
            ? TypedResults.Ok(wheel)
            : WheelYears.NotFound(value);
    }
}
