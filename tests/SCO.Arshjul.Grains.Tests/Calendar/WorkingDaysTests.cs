using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Calendar;

namespace SCO.Arshjul.Grains.Tests.Calendar;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2025-03-14", "2025-03-14")] // an ordinary Friday stays
    [InlineData("2025-03-15", "2025-03-14")] // Saturday → Friday
    [InlineData("2025-03-16", "2025-03-14")] // Sunday → Friday
    [InlineData("2025-06-06", "2025-06-05")] // nationaldagen (Friday) → Thursday
    [InlineData("2025-06-21", "2025-06-19")] // midsommardagen → past midsommarafton → Thursday
    [InlineData("2025-04-21", "2025-04-17")] // annandag påsk → past the Easter weekend and långfredagen
    [InlineData("2025-05-29", "2025-05-28")] // Kristi himmelsfärdsdag
    [InlineData("2025-12-26", "2025-12-23")] // annandag jul → past juldagen and julafton
    [InlineData("2026-01-01", "2025-12-30")] // nyårsdagen → past nyårsafton, into the year before
    [InlineData("2026-01-06", "2026-01-05")] // trettondedag jul (Tuesday)
    [InlineData("2027-01-06", "2027-01-05")] // trettondedag jul (Wednesday)
    [InlineData("2028-05-01", "2028-04-28")] // första maj (Monday) → Friday
    [InlineData("2029-12-24", "2029-12-21")] // julafton (Monday) → Friday
    [InlineData("2030-06-21", "2030-06-20")] // midsommarafton (Friday) → Thursday
    public void OnOrBefore_Date_ReturnsItselfOrPreviousWorkingDay(string date, string expected) =>
        Assert.Equal(Parse(expected), WorkingDays.OnOrBefore(Parse(date)));

    [Theory]
    [InlineData("2025-12-24", "2025-12-29")]
    [InlineData("2025-04-18", "2025-04-22")]
    [InlineData("2025-03-14", "2025-03-14")]
    public void OnOrAfter_Date_ReturnsItselfOrNextWorkingDay(string date, string expected) =>
        Assert.Equal(Parse(expected), WorkingDays.OnOrAfter(Parse(date)));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void IsWorkingDay_HolidaysAndEves_AreNotWorkingDays(int year)
    {
        Assert.All(SwedishHolidays.For(year), h => Assert.False(WorkingDays.IsWorkingDay(h.Date), h.Name));
        // The Thursday before midsommarafton is an ordinary working day.
        Assert.True(WorkingDays.IsWorkingDay(SwedishHolidays.Midsummer(year).PlusDays(-2)));
    }

    [Theory]
    [InlineData(2025, 249)] // 261 weekdays minus 12 holidays and eves on weekdays
    [InlineData(2026, 251)] // 261 weekdays minus 10 holidays and eves on weekdays
    public void IsWorkingDay_WholeYear_CountsKnownNumberOfWorkingDays(int year, int expected)
    {
        var start = new LocalDate(year, 1, 1);
        var count = Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year))
            .Count(offset => WorkingDays.IsWorkingDay(start.PlusDays(offset)));

        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("2025-06-06", "nationaldagen")]
    [InlineData("2025-03-15", "lördag")]
    [InlineData("2025-03-16", "söndag")]
    public void ReasonNotWorking_NonWorkingDay_NamesTheReason(string date, string reason) =>
        Assert.Equal(reason, WorkingDays.ReasonNotWorking(Parse(date)));

    [Fact]
    public void ReasonNotWorking_WorkingDay_ReturnsNull() =>
        Assert.Null(WorkingDays.ReasonNotWorking(new LocalDate(2025, 3, 14)));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
