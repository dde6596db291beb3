using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Wheel;

/// <summary>
/// A year in a route (<c>wheel/{year}</c>, <c>work-environment/{year}</c>, <c>items/wheel/{year}/history</c>) and the
/// wheel of that year: a year outside 2000–2100 is a 400, a year whose wheel was never generated a 404.
/// </summary>
internal static class WheelYears
{
    /// <summary>The year, or null when <paramref name="text"/> is not a year the calendar serves (<see cref="GovernanceYears"/>, 2000–2100).</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && GovernanceYears.Contains(year) ? year : null;

    /// <summary>The 400 for a year that is not one.</summary>
    public static ProblemHttpResult YearProblem() =>
        RequestRules.Invalid("year.out-of-range", $"Året måste vara ett årtal mellan {GovernanceYears.First} och {GovernanceYears.Last}.");

    /// <summary>The wheel of <paramref name="year"/> with its activities, or null when it was never generated.</summary>
    public static async Task<AnnualWheelSnapshot?> FindAsync(IGrainFactory grains, string organisation, int year, CancellationToken cancellationToken)
    {
        var wheel = await grains.GetGrain<IAnnualWheelGrain>($"{organisation}/wheel/{year}").GetAsync(cancellationToken);
        return wheel.Version == 0 ? null : wheel;
    }

    /// <summary>The 404 for a year without a wheel.</summary>
    public static ProblemHttpResult NotFound(int year) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", "wheel.not-found", $"Det finns inget årshjul för {year}.");
}
