using System.Globalization;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>The items an organisation's wheels index: what reconciliation and roster changes go through.</summary>
internal static class WheelItems
{
    /// <summary>The grain keys of every activity in the wheels of <paramref name="organisationId"/> for <paramref name="years"/>.</summary>
    public static async Task<IReadOnlyList<string>> KeysAsync(
        IGrainFactory grainFactory,
        string organisationId,
        IEnumerable<int> years,
        CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var year in years)
        {
            var wheel = grainFactory.GetGrain<IAnnualWheelGrain>(GrainKey.Of(organisationId, "wheel", year.ToString(CultureInfo.InvariantCulture)));
            keys.AddRange((await wheel.GetActivitiesAsync(cancellationToken)).Select(a => a.GrainKey));
        }

        return keys;
    }
}
