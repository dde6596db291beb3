using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Calendar;

namespace SCO.Arshjul.Grains.Tests.Calendar;

public sealed class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    public void EasterSunday_KnownYears_MatchesCalendar(int year, string expected) =>
        Assert.Equal(Parse(expected), SwedishHolidays.EasterSunday(year));

    [Theory]
    [InlineData(2025, "2025-06-21", "2025-11-01")]
    [InlineData(2026, "2026-06-20", "2026-10-31")]
    [InlineData(2027, "2027-06-26", "2027-11-06")]
    [InlineData(2028, "2028-06-24", "2028-11-04")]
    [InlineData(2029, "2029-06-23", "2029-11-03")]
    [InlineData(2030, "2030-06-22", "2030-11-02")]
    public void MovableSaturdays_KnownYears_MatchCalendar(int year, string midsummer, string allSaints)
    {
        Assert.Equal(Parse(midsummer), SwedishHolidays.Midsummer(year));
        Assert.Equal(Parse(allSaints), SwedishHolidays.AllSaints(year));
        Assert.Equal(IsoDayOfWeek.Saturday, SwedishHolidays.Midsummer(year).DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Saturday, SwedishHolidays.AllSaints(year).DayOfWeek);
    }

    [Theory]
    [InlineData(2025, "2025-04-18", "2025-04-21", "2025-05-29", "2025-06-08")]
    [InlineData(2026, "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-24")]
    [InlineData(2027, "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-16")]
    [InlineData(2028, "2028-04-14", "2028-04-17", "2028-05-25", "2028-06-04")]
    [InlineData(2029, "2029-03-30", "2029-04-02", "2029-05-10", "2029-05-20")]
    [InlineData(2030, "2030-04-19", "2030-04-22", "2030-05-30", "2030-06-09")]
    public void EasterDependentHolidays_KnownYears_HaveSwedishNames(
        int year, string goodFriday, string easterMonday, string ascension, string whitsun)
    {
        var byName = SwedishHolidays.For(year).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(Parse(goodFriday), byName["långfredagen"]);
        Assert.Equal(Parse(easterMonday), byName["annandag påsk"]);
        Assert.Equal(Parse(ascension), byName["Kristi himmelsfärdsdag"]);
        Assert.Equal(Parse(whitsun), byName["pingstdagen"]);
        Assert.Equal(IsoDayOfWeek.Thursday, byName["Kristi himmelsfärdsdag"].DayOfWeek);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void For_AnyYear_ListsThirteenHolidaysAndThreeEvesInOrder(int year)
    {
        var days = SwedishHolidays.For(year);

        Assert.Equal(13, days.Count(d => d.IsPublicHoliday));
        Assert.Equal(["midsommarafton", "julafton", "nyårsafton"], days.Where(d => !d.IsPublicHoliday).Select(d => d.Name));
        Assert.Equal(days.OrderBy(d => d.Date).Select(d => d.Date), days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(year, d.Date.Year));
        Assert.Equal(SwedishHolidays.Midsummer(year).PlusDays(-1), days.Single(d => d.Name == "midsommarafton").Date);
        Assert.Equal(IsoDayOfWeek.Friday, days.Single(d => d.Name == "midsommarafton").Date.DayOfWeek);
    }

    [Theory]
    [InlineData("2025-01-01", "nyårsdagen")]
    [InlineData("2025-01-06", "trettondedag jul")]
    [InlineData("2025-05-01", "första maj")]
    [InlineData("2025-06-06", "nationaldagen")]
    [InlineData("2025-06-20", "midsommarafton")]
    [InlineData("2025-12-24", "julafton")]
    [InlineData("2025-12-25", "juldagen")]
    [InlineData("2025-12-26", "annandag jul")]
    [InlineData("2025-12-31", "nyårsafton")]
    public void On_FixedDates_ReturnsSwedishName(string date, string name) =>
        Assert.Equal(name, SwedishHolidays.On(Parse(date))?.Name);

    [Fact]
    public void On_OrdinaryDay_ReturnsNull() => Assert.Null(SwedishHolidays.On(new LocalDate(2025, 3, 14)));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
