using NodaTime;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>Now and today in Stockholm, by the injected clock, for the pages that show one year (the current one by default).</summary>
public static class PageDates
{
    /// <summary>Now, local to Europe/Stockholm.</summary>
    public static LocalDateTime Now(TimeProvider time) => StockholmTimes.Now(time).InZone(StockholmTimes.Zone).LocalDateTime;

    /// <summary>Today in Stockholm.</summary>
    public static LocalDate Today(TimeProvider time) => Now(time).Date;

    /// <summary><paramref name="year"/>, or the current year in Stockholm when none is given.</summary>
    public static int YearOr(int? year, TimeProvider time) => year ?? Today(time).Year;
}
