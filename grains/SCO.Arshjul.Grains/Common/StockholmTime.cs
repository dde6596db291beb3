using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>People's time: Europe/Stockholm, where the governance year is lived.</summary>
internal static class StockholmTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private static readonly LocalDateTimePattern DisplayPattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    /// <summary>The local date of <paramref name="instant"/>.</summary>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The start of <paramref name="date"/>.</summary>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

    /// <summary>A date D is overdue from the start of D + 1.</summary>
    public static Instant OverdueFrom(LocalDate due) => StartOf(due.PlusDays(1));

    /// <summary>Whether something due on <paramref name="due"/> and not done is overdue at <paramref name="at"/>.</summary>
    public static bool IsOverdue(LocalDate due, Instant at) => at >= OverdueFrom(due);

    /// <summary>"2025-03-14 09:00".</summary>
    public static string Format(LocalDateTime local) => DisplayPattern.Format(local);

    /// <summary>"2025-03-14".</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Rejects a date outside the years served (<see cref="GovernanceYears"/>); <paramref name="what"/> names it in Swedish.</summary>
    public static LocalDate RequireServed(LocalDate date, string what) =>
        GovernanceYears.Contains(date.Year)
            ? date
            : throw new GovernanceRuleException(
                GovernanceErrorCodes.TimeOutOfRange,
                $"{what} {Format(date)} ligger utanför åren {GovernanceYears.First}–{GovernanceYears.Last}.");

    /// <summary>
    /// The instant of a local time in the years served. A time in the spring gap does not exist and is rejected; a time
    /// in the autumn overlap occurs twice and means the earlier (summer time), as people booking "02:30" that night expect first.
    /// </summary>
    public static Instant ToInstant(LocalDateTime local)
    {
        RequireServed(local.Date, "Tiden");
        var mapping = Zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => throw new GovernanceRuleException(
                GovernanceErrorCodes.TimeNonexistent,
                $"Tiden {Format(local)} finns inte i svensk tid (klockan ställs fram till sommartid): välj en annan tid."),
            _ => mapping.First().ToInstant(),
        };
    }

    /// <summary>Resolves a local interval, rejecting nonexistent times and an end not after the start.</summary>
    public static (Instant Start, Instant End) ToInterval(LocalDateTime start, LocalDateTime end)
    {
        var startsAt = ToInstant(start);
        var endsAt = ToInstant(end);
        if (endsAt <= startsAt)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.TimeEndBeforeStart,
                $"Sluttiden {Format(end)} måste vara efter starttiden {Format(start)}.");
        }

        return (startsAt, endsAt);
    }
}
