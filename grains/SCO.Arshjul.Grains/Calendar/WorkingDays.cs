using NodaTime;

namespace SCO.Arshjul.Grains.Calendar;

/// <summary>
/// Working days in Sweden: Monday to Friday, except the public holidays and the de-facto non-working eves
/// (midsommarafton, julafton, nyårsafton) listed by <see cref="SwedishHolidays"/>.
/// </summary>
public static class WorkingDays
{
    /// <summary>True when <paramref name="date"/> is a weekday that is neither a holiday nor a non-working eve.</summary>
    public static bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && SwedishHolidays.On(date) is null;

    /// <summary>
    /// The date itself if it is a working day, else the working day before it: a deadline that falls on a
    /// non-working day moves to the working day before (shared/DOMAIN.md).
    /// </summary>
    public static LocalDate OnOrBefore(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(-1);
        }

        return date;
    }

    /// <summary>The date itself if it is a working day, else the next working day.</summary>
    public static LocalDate OnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>Why <paramref name="date"/> is not a working day (<c>lördag</c>, <c>nationaldagen</c> …), or null if it is one.</summary>
    public static string? ReasonNotWorking(LocalDate date) =>
        SwedishHolidays.On(date)?.Name ?? date.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => "lördag",
            IsoDayOfWeek.Sunday => "söndag",
            _ => null,
        };
}
