using NodaTime;
using NodaTime.Calendars;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>An ISO week (Monday to Sunday), as the preview groups notifications: "vecka 3, 2027-01-18 – 2027-01-24".</summary>
public sealed record PreviewWeek(int WeekYear, int Week, LocalDate Monday)
{
    private static readonly string[] Weekdays = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"];

    /// <summary>The Sunday that ends the week.</summary>
    public LocalDate Sunday => Monday.PlusDays(6);

    /// <summary>The week <paramref name="date"/> falls in.</summary>
    public static PreviewWeek Of(LocalDate date) => new(
        WeekYearRules.Iso.GetWeekYear(date),
        WeekYearRules.Iso.GetWeekOfWeekYear(date),
        date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Previous(IsoDayOfWeek.Monday));

    /// <summary>The Swedish short name of <paramref name="date"/>'s weekday: "mån" … "sön".</summary>
    public static string Weekday(LocalDate date) => Weekdays[(int)date.DayOfWeek - 1];
}
