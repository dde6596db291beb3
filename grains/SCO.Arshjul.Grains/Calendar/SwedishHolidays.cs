using System.Collections.Concurrent;
using NodaTime;

namespace SCO.Arshjul.Grains.Calendar;

/// <summary>
/// The Swedish public holidays (lagen (1989:253) om allmänna helgdagar) and the three de-facto non-working eves,
/// computed for any Gregorian year. Sundays that are holidays by law (påskdagen, pingstdagen) are included
/// for completeness even though every Sunday is a non-working day anyway.
/// </summary>
public static class SwedishHolidays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<SwedishHoliday>> Cache = new();

    /// <summary>The public holidays and non-working eves of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<SwedishHoliday> For(int year) => Cache.GetOrAdd(year, Compute);

    /// <summary>The holiday or eve on <paramref name="date"/>, or null on an ordinary day.</summary>
    public static SwedishHoliday? On(LocalDate date) => For(date.Year).FirstOrDefault(h => h.Date == date);

    /// <summary>Easter Sunday (påskdagen) by the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Midsommardagen: the Saturday between 20 and 26 June.</summary>
    public static LocalDate Midsummer(int year) => SaturdayOnOrAfter(new LocalDate(year, 6, 20));

    /// <summary>Alla helgons dag: the Saturday between 31 October and 6 November.</summary>
    public static LocalDate AllSaints(int year) => SaturdayOnOrAfter(new LocalDate(year, 10, 31));

    private static LocalDate SaturdayOnOrAfter(LocalDate date) =>
        date.DayOfWeek == IsoDayOfWeek.Saturday ? date : date.Next(IsoDayOfWeek.Saturday);

    private static IReadOnlyList<SwedishHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var midsummer = Midsummer(year);
        SwedishHoliday[] days =
        [
            new(new LocalDate(year, 1, 1), "nyårsdagen", true),
            new(new LocalDate(year, 1, 6), "trettondedag jul", true),
            new(easter.PlusDays(-2), "långfredagen", true),
            new(easter, "påskdagen", true),
            new(easter.PlusDays(1), "annandag påsk", true),
            new(new LocalDate(year, 5, 1), "första maj", true),
            new(easter.PlusDays(39), "Kristi himmelsfärdsdag", true),
            new(easter.PlusDays(49), "pingstdagen", true),
            new(new LocalDate(year, 6, 6), "nationaldagen", true),
            // Not holidays by law, but offices (and the general collective agreements) treat them as
            // Sundays: nobody books a meeting or sets a deadline on them.
            new(midsummer.PlusDays(-1), "midsommarafton", false),
            new(midsummer, "midsommardagen", true),
            new(AllSaints(year), "alla helgons dag", true),
            new(new LocalDate(year, 12, 24), "julafton", false),
            new(new LocalDate(year, 12, 25), "juldagen", true),
            new(new LocalDate(year, 12, 26), "annandag jul", true),
            new(new LocalDate(year, 12, 31), "nyårsafton", false),
        ];
        return [.. days.OrderBy(h => h.Date)];
    }
}
