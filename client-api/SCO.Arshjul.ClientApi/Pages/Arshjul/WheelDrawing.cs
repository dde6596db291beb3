using NodaTime;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>
/// What the årshjul's SVG shows, computed from a year's activities with <see cref="WheelLayout"/>: twelve month
/// sectors, the ring edges, one mark per activity (at its date's angle, in its ring), and today's line when
/// <c>now</c> falls in the year.
/// </summary>
public sealed class WheelDrawing
{
    private WheelDrawing(IReadOnlyList<WheelSector> sectors, IReadOnlyList<double> ringEdges, IReadOnlyList<WheelMark> marks, (double X, double Y)? today)
    {
        (Sectors, RingEdges, Marks, Today) = (sectors, ringEdges, marks, today);
    }

    /// <summary>January to December.</summary>
    public IReadOnlyList<WheelSector> Sectors { get; }

    /// <summary>The radii of the circles between (and around) the rings.</summary>
    public IReadOnlyList<double> RingEdges { get; }

    /// <summary>One per activity, in the order given.</summary>
    public IReadOnlyList<WheelMark> Marks { get; }

    /// <summary>The outer end of today's line (it starts at the hub's edge), or null when today is in another year.</summary>
    public (double X, double Y)? Today { get; }

    /// <summary>The start of today's line, on the hub's edge.</summary>
    public (double X, double Y)? TodayStart => Today is null ? null : WheelLayout.PointAt(TodayAngle, WheelLayout.Hub);

    private double TodayAngle { get; init; }

    /// <summary>The drawing of <paramref name="year"/>'s <paramref name="items"/>.</summary>
    /// <param name="bodyKinds">The kind of each body id, for the meetings' rings.</param>
    /// <param name="isOverdue">Whether an item is overdue (its mark gets the class <c>overdue</c>).</param>
    /// <param name="now">Now, in Stockholm.</param>
    public static WheelDrawing Create(
        int year,
        IReadOnlyList<WheelItem> items,
        IReadOnlyDictionary<string, BodyKind> bodyKinds,
        Func<WheelItem, bool> isOverdue,
        LocalDateTime now)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(isOverdue);
        var rings = WheelRings.All.Count;
        var sectors = Enumerable.Range(1, 12).Select(month =>
        {
            var from = WheelLayout.AngleOf(new LocalDate(year, month, 1));
            var to = month == 12 ? 360 : WheelLayout.AngleOf(new LocalDate(year, month + 1, 1));
            var (x, y) = WheelLayout.PointAt((from + to) / 2, WheelLayout.MonthLabelRadius);
            return new WheelSector(
                SwedishNames.Months[month - 1][..3],
                WheelLayout.SectorPath(from, to, WheelLayout.Hub, WheelLayout.RingsOuter),
                x,
                y,
                month % 2 == 0 ? "month even" : "month odd");
        }).ToList();
        var edges = Enumerable.Range(0, rings).Select(r => WheelLayout.RingBounds(r, rings).Outer).Append(WheelLayout.Hub).ToList();

        var placed = items
            .Select(item => (Item: item, At: item.Start ?? item.Due?.AtMidnight()))
            .Where(p => p.At is not null)
            .Select(p => (p.Item, Angle: WheelLayout.AngleOf(p.At!.Value), Ring: WheelRings.IndexOf(p.Item, bodyKinds)))
            .ToList();
        var radii = new double[placed.Count];
        foreach (var ring in placed.Select((p, i) => (p.Ring, Index: i)).GroupBy(p => p.Ring))
        {
            var indices = ring.Select(p => p.Index).ToList();
            var ringRadii = WheelLayout.MarkRadii(ring.Key, rings, [.. indices.Select(i => placed[i].Angle)]);
            for (var i = 0; i < indices.Count; i++)
            {
                radii[indices[i]] = ringRadii[i];
            }
        }

        var marks = placed.Select((p, i) =>
        {
            var (x, y) = WheelLayout.PointAt(p.Angle, radii[i]);
            var state = p.Item.IsDone ? " done" : isOverdue(p.Item) ? " overdue" : string.Empty;
            return new WheelMark(WheelLinks.Of(p.Item, year), TooltipOf(p.Item), $"mark ring-{WheelRings.All[p.Ring].Id}{state}", x, y);
        }).ToList();

        var todayAngle = WheelLayout.AngleOf(now);
        (double, double)? today = now.Year == year ? WheelLayout.PointAt(todayAngle, WheelLayout.RingsOuter + 8) : null;
        return new WheelDrawing(sectors, edges, marks, today) { TodayAngle = todayAngle };
    }

    private static string TooltipOf(WheelItem item) =>
        $"{item.Title}, {WheelLabels.WhenOf(item)}{(item.Assumed ? " (datum antaget)" : string.Empty)}: {WheelLabels.StatusOf(item).ToLowerInvariant()}";
}
