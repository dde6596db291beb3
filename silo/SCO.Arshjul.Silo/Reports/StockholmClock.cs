using NodaTime;

namespace SCO.Arshjul.Silo.Reports;

/// <summary>The clock as people in the förbund read it: Europe/Stockholm.</summary>
internal static class StockholmClock
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static Instant Now(TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow());

    public static LocalDate Today(TimeProvider time) => Now(time).InZone(Zone).Date;
}
