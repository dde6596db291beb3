using System.Globalization;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>The year of keys like <c>{org}/wheel/{year}</c> and <c>{org}/internal-control/{year}</c>.</summary>
internal static class KeyYear
{
    public static int Of(string key)
    {
        var item = GrainKey.ItemOf(key);
        return int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2200
            ? year
            : throw new GovernanceRuleException(GovernanceErrorCodes.KeyInvalid, $"'{key}' slutar inte med ett årtal.");
    }
}
