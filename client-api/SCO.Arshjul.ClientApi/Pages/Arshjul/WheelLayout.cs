using System.Globalization;
using NodaTime;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>
/// The geometry of the årshjul drawing, pure numbers: the year runs clockwise from the top (1 January 00:00 at 0°,
/// 1 July near 180°), the rings stack from <see cref="RingsOuter"/> inwards to <see cref="Hub"/>, and SVG's y axis
/// points down. Every length is in the SVG's user units (viewBox 0 0 <see cref="Size"/> <see cref="Size"/>).
/// </summary>
public static class WheelLayout
{
    /// <summary>The drawing's width and height.</summary>
    public const double Size = 800;

    /// <summary>The centre's x and y.</summary>
    public const double Centre = Size / 2;

    /// <summary>The outer edge of the outermost ring (and of the month sectors).</summary>
    public const double RingsOuter = 340;

    /// <summary>The inner edge of the innermost ring: the hub holds the year.</summary>
    public const double Hub = 80;

    /// <summary>Where the month names stand.</summary>
    public const double MonthLabelRadius = 365;

    /// <summary>The radius of one activity's mark.</summary>
    public const double MarkRadius = 5;

    /// <summary>Marks along one lane keep at least this far apart (centre to centre) before the next lane is tried.</summary>
    private const double MarkSpacing = MarkRadius * 2.5;

    /// <summary>The lanes of a ring, as fractions of its width from the inside, in the order they are tried.</summary>
    private static readonly double[] Lanes = [0.5, 0.8, 0.2];

    /// <summary>The angle of <paramref name="date"/>'s start, in degrees clockwise from the top: 0 ≤ angle &lt; 360.</summary>
    public static double AngleOf(LocalDate date) => AngleOf(date.AtMidnight());

    /// <summary>The angle of a local time within its year, in degrees clockwise from the top (leap years have 366 days).</summary>
    public static double AngleOf(LocalDateTime at)
    {
        var days = CalendarSystem.Iso.GetDaysInYear(at.Year);
        var elapsed = at.DayOfYear - 1 + (at.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay);
        return elapsed / days * 360;
    }

    /// <summary>The point at <paramref name="angle"/> degrees (clockwise from the top) and <paramref name="radius"/> from the centre.</summary>
    public static (double X, double Y) PointAt(double angle, double radius)
    {
        var radians = angle * Math.PI / 180;
        return (Centre + (radius * Math.Sin(radians)), Centre - (radius * Math.Cos(radians)));
    }

    /// <summary>The inner and outer radius of ring <paramref name="ring"/> (0 is the outermost) of <paramref name="rings"/>.</summary>
    public static (double Inner, double Outer) RingBounds(int ring, int rings)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rings);
        ArgumentOutOfRangeException.ThrowIfNegative(ring);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ring, rings);
        var width = (RingsOuter - Hub) / rings;
        var outer = RingsOuter - (ring * width);
        return (outer - width, outer);
    }

    /// <summary>
    /// The radius of each mark of one ring, in the order of <paramref name="angles"/>: taken in time order, each mark
    /// takes the first lane (middle, outer, inner) where the lane's previous mark is at least two and a half mark radii
    /// away along the arc, or else the lane whose previous mark is furthest away, so that marks close in time stand
    /// side by side instead of on top of each other.
    /// </summary>
    public static IReadOnlyList<double> MarkRadii(int ring, int rings, IReadOnlyList<double> angles)
    {
        ArgumentNullException.ThrowIfNull(angles);
        var (inner, outer) = RingBounds(ring, rings);
        var lanes = Lanes.Select(f => inner + ((outer - inner) * f)).ToArray();
        var last = lanes.Select(_ => double.NegativeInfinity).ToArray();
        var radii = new double[angles.Count];
        foreach (var index in Enumerable.Range(0, angles.Count).OrderBy(i => angles[i]))
        {
            var angle = angles[index];
            double Gap(int lane) => (angle - last[lane]) * Math.PI / 180 * lanes[lane];
            var free = Enumerable.Range(0, lanes.Length).Where(l => Gap(l) >= MarkSpacing).ToList();
            var lane = free.Count > 0 ? free[0] : Enumerable.Range(0, lanes.Length).MaxBy(Gap);
            last[lane] = angle;
            radii[index] = lanes[lane];
        }

        return radii;
    }

    /// <summary>
    /// The SVG path of the ring sector between two angles (<paramref name="from"/> &lt; <paramref name="to"/>, less than
    /// 180° apart) and two radii: outer arc clockwise, inner arc back.
    /// </summary>
    public static string SectorPath(double from, double to, double inner, double outer)
    {
        var (ox1, oy1) = PointAt(from, outer);
        var (ox2, oy2) = PointAt(to, outer);
        var (ix2, iy2) = PointAt(to, inner);
        var (ix1, iy1) = PointAt(from, inner);
        return $"M{N(ox1)},{N(oy1)} A{N(outer)},{N(outer)} 0 0 1 {N(ox2)},{N(oy2)} "
            + $"L{N(ix2)},{N(iy2)} A{N(inner)},{N(inner)} 0 0 0 {N(ix1)},{N(iy1)} Z";
    }

    /// <summary>A number as SVG wants it, whatever the server's culture: "400", "12.35".</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
