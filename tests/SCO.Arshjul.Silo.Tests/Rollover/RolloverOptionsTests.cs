using NodaTime;
using SCO.Arshjul.Silo.Rollover;

namespace SCO.Arshjul.Silo.Tests.Rollover;

public sealed class RolloverOptionsTests
{
    [Theory]
    [InlineData("11-01", 2026, 10, 31, new[] { 2026 })]
    [InlineData("11-01", 2026, 11, 1, new[] { 2026, 2027 })]
    [InlineData("11-01", 2027, 1, 1, new[] { 2027 })]
    [InlineData("12-31", 2026, 12, 31, new[] { 2026, 2027 })]
    public void YearsFor_ADay_IsItsYearAndTheNextFromNextYearFrom(string from, int year, int month, int day, int[] expected)
    {
        Assert.Equal(expected, new RolloverOptions { NextYearFrom = from }.YearsFor(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData("13-01")]
    [InlineData("02-29")]
    [InlineData("1 november")]
    [InlineData("")]
    public void NextYearFrom_NotADayOfEveryYear_IsRefusedWithTheSetting(string from)
    {
        var options = new RolloverOptions { NextYearFrom = from };

        Assert.False(options.IsValid);
        var refused = Assert.Throws<InvalidOperationException>(() => options.YearsFor(new LocalDate(2026, 11, 23)));
        Assert.Contains("Wheel:NextYearFrom", refused.Message, StringComparison.Ordinal);
    }
}
