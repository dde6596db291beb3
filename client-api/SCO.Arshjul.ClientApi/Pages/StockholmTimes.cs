using NodaTime;
using NodaTime.Text;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>Times as the pages show them: Europe/Stockholm, ISO-like (<c>2026-12-11 09:00</c>), whatever the server's culture.</summary>
public static class StockholmTimes
{
    /// <summary>Europe/Stockholm.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern Input = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>"2026-12-11".</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>"2026-12-11 09:00".</summary>
    public static string Format(LocalDateTime local) => DateTime.Format(local);

    /// <summary>An instant in Stockholm, "2026-11-23 09:00".</summary>
    public static string Format(Instant instant) => DateTime.Format(instant.InZone(Zone).LocalDateTime);

    /// <summary>"2026-12-11 09:00–12:00", or both full times when the end is on another day.</summary>
    public static string Span(LocalDateTime start, LocalDateTime end) =>
        start.Date == end.Date ? $"{Format(start)}–{Time.Format(end.TimeOfDay)}" : $"{Format(start)}–{Format(end)}";

    /// <summary>The value of an <c>input type="datetime-local"</c>: "2026-12-11T09:00".</summary>
    public static string ForInput(LocalDateTime local) => Input.Format(local);

    /// <summary>A local time from an <c>input type="datetime-local"</c> ("2026-12-11T09:00", seconds allowed), or null.</summary>
    public static LocalDateTime? ParseInput(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = Input.Parse(text.Trim());
        if (!parsed.Success)
        {
            parsed = LocalDateTimePattern.ExtendedIso.Parse(text.Trim());
        }

        return parsed.Success ? parsed.Value : null;
    }

    /// <summary>Now, by <paramref name="time"/>, as an instant.</summary>
    public static Instant Now(TimeProvider time) => Instant.FromDateTimeOffset((time ?? throw new ArgumentNullException(nameof(time))).GetUtcNow());
}
