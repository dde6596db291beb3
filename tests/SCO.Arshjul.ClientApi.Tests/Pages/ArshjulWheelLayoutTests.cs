using NodaTime;
using SCO.Arshjul.ClientApi.Pages.Arshjul;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>The årshjul's geometry: dates to angles (clockwise from the top), angles to points, rings to radii, marks kept apart.</summary>
public sealed class ArshjulWheelLayoutTests
{
    [Theory]
    [InlineData(2026, 1, 1, 0)]
    [InlineData(2026, 4, 1, 88.767)] // day 91 of 365: 90 / 365 × 360
    [InlineData(2026, 7, 1, 178.521)] // 181 / 365 × 360
    [InlineData(2026, 10, 1, 269.260)] // 273 / 365 × 360
    [InlineData(2028, 7, 1, 179.016)] // a leap year: 182 / 366 × 360
    public void AngleOf_Date_IsItsShareOfTheYearInDegrees(int year, int month, int day, double degrees)
    {
        Assert.Equal(degrees, WheelLayout.AngleOf(new LocalDate(year, month, day)), 3);
    }

    [Fact]
    public void AngleOf_TheYearsLastMinute_IsJustShortOfAFullTurn()
    {
        var angle = WheelLayout.AngleOf(new LocalDateTime(2026, 12, 31, 23, 59));

        Assert.InRange(angle, 359.99, 359.9999);
    }

    [Fact]
    public void AngleOf_Noon_IsHalfADayOn()
    {
        var day = 360.0 / 365;

        Assert.Equal(day * 0.5, WheelLayout.AngleOf(new LocalDateTime(2026, 1, 1, 12, 0)), 9);
        Assert.Equal(day * 1.5, WheelLayout.AngleOf(new LocalDateTime(2026, 1, 2, 12, 0)), 9);
    }

    [Theory]
    [InlineData(0, 400, 300)]
    [InlineData(90, 500, 400)]
    [InlineData(180, 400, 500)]
    [InlineData(270, 300, 400)]
    public void PointAt_RunsClockwiseFromTheTop(double angle, double x, double y)
    {
        var point = WheelLayout.PointAt(angle, 100);

        Assert.Equal(x, point.X, 9);
        Assert.Equal(y, point.Y, 9);
    }

    [Fact]
    public void RingBounds_FillTheSpaceFromTheRimToTheHub_OutermostFirst_WithoutGaps()
    {
        var rings = Enumerable.Range(0, 7).Select(r => WheelLayout.RingBounds(r, 7)).ToList();

        Assert.Equal(WheelLayout.RingsOuter, rings[0].Outer);
        Assert.Equal(WheelLayout.Hub, rings[^1].Inner, 9);
        for (var i = 1; i < rings.Count; i++)
        {
            Assert.Equal(rings[i - 1].Inner, rings[i].Outer, 9);
            Assert.Equal(rings[0].Outer - rings[0].Inner, rings[i].Outer - rings[i].Inner, 9);
        }
    }

    [Fact]
    public void RingBounds_OfARingThatIsNotThere_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WheelLayout.RingBounds(7, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => WheelLayout.RingBounds(-1, 7));
    }

    [Fact]
    public void MarkRadii_MarksFarApart_ShareTheRingsMiddle()
    {
        var (inner, outer) = WheelLayout.RingBounds(2, 7);

        var radii = WheelLayout.MarkRadii(2, 7, [10, 100, 200]);

        Assert.All(radii, r => Assert.Equal((inner + outer) / 2, r, 9));
    }

    [Fact]
    public void MarkRadii_MarksOnOneDay_StandSideBySideWithinTheRing()
    {
        var (inner, outer) = WheelLayout.RingBounds(4, 7);

        var radii = WheelLayout.MarkRadii(4, 7, [120, 120, 120]);

        Assert.Equal(3, radii.Distinct().Count());
        Assert.All(radii, r => Assert.InRange(r, inner + WheelLayout.MarkRadius, outer - WheelLayout.MarkRadius));
        var sorted = radii.Order().ToList();
        Assert.True(sorted[1] - sorted[0] >= WheelLayout.MarkRadius * 2 && sorted[2] - sorted[1] >= WheelLayout.MarkRadius * 2, string.Join(", ", radii));
    }

    [Fact]
    public void SectorPath_OfJanuary_StartsAtTheTopOnTheRim_AndClosesOnTheHub()
    {
        var path = WheelLayout.SectorPath(0, WheelLayout.AngleOf(new LocalDate(2026, 2, 1)), WheelLayout.Hub, WheelLayout.RingsOuter);

        Assert.StartsWith("M400,60 A340,340 0 0 1 ", path, StringComparison.Ordinal);
        Assert.Contains(" A80,80 0 0 0 400,320 Z", path, StringComparison.Ordinal);
    }

    [Fact]
    public void N_WritesInvariantNumbers_WhateverTheCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            Assert.Equal("12.35", WheelLayout.N(12.3456));
            Assert.Equal("400", WheelLayout.N(400.0000001));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
