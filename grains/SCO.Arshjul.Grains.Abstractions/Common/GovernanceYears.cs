namespace SCO.Arshjul.Grains.Common;

/// <summary>
/// The years the governance calendar serves: wheels, meeting times, due dates and token expiries lie in
/// <see cref="First"/>–<see cref="Last"/>. A date outside is refused (<see cref="GovernanceErrorCodes.TimeOutOfRange"/>)
/// rather than stored, where the calendar arithmetic of later reads (a day after 9999-12-31) would overflow.
/// </summary>
public static class GovernanceYears
{
    /// <summary>The first year served.</summary>
    public const int First = 2000;

    /// <summary>The last year served.</summary>
    public const int Last = 2100;

    /// <summary>Whether <paramref name="year"/> is served.</summary>
    public static bool Contains(int year) => year is >= First and <= Last;
}
