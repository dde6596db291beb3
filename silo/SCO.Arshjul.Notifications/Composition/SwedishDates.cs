using System.Globalization;
using NodaTime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Dates and times as people read them: Europe/Stockholm, "fredag 14 mars 2025 kl. 09.00".</summary>
internal static class SwedishDates
{
    public static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>The local date and time of <paramref name="instant"/> in Stockholm.</summary>
    public static LocalDateTime Local(Instant instant) => instant.InZone(Stockholm).LocalDateTime;

    /// <summary>The local date of <paramref name="instant"/> in Stockholm.</summary>
    public static LocalDate DateOf(Instant instant) => Local(instant).Date;

    /// <summary>"fredag 14 mars 2025".</summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Weekday(date.DayOfWeek)} {date.Day} {SwedishLabels.Months[date.Month - 1]} {date.Year}");

    /// <summary>"09.00".</summary>
    public static string Time(LocalTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour:00}.{time.Minute:00}");

    /// <summary>"fredag 14 mars 2025 kl. 09.00".</summary>
    public static string DateTime(LocalDateTime local) => $"{Date(local.Date)} kl. {Time(local.TimeOfDay)}";

    /// <summary>"fredag 14 mars 2025 kl. 09.00–12.00", or both dates when the span crosses midnight.</summary>
    public static string Span(LocalDateTime start, LocalDateTime end) =>
        start.Date == end.Date
            ? $"{DateTime(start)}–{Time(end.TimeOfDay)}"
            : $"{DateTime(start)} – {DateTime(end)}";

    /// <summary>"i dag", "i morgon", "om 14 dagar", "i går", "för 3 dagar sedan".</summary>
    public static string Relative(int daysAhead) => daysAhead switch
    {
        0 => "i dag",
        1 => "i morgon",
        -1 => "i går",
        > 1 => $"om {Days(daysAhead)}",
        _ => $"för {Days(-daysAhead)} sedan",
    };

    /// <summary>"1 dag", "14 dagar".</summary>
    public static string Days(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "dag" : "dagar")}");

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "måndag",
        IsoDayOfWeek.Tuesday => "tisdag",
        IsoDayOfWeek.Wednesday => "onsdag",
        IsoDayOfWeek.Thursday => "torsdag",
        IsoDayOfWeek.Friday => "fredag",
        IsoDayOfWeek.Saturday => "lördag",
        _ => "söndag",
    };
}
