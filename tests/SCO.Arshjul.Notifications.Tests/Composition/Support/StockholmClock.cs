using NodaTime;

namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>Instants from Stockholm local times, as reminders are planned.</summary>
public static class StockholmClock
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static Instant At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(Zone).ToInstant();
}
