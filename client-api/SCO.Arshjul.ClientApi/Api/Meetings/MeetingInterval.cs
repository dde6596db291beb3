using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>
/// The <c>from</c> and <c>to</c> of a meeting list: each an ISO date (<c>2026-12-01</c>, a whole day in Europe/Stockholm:
/// <c>from</c> its start, <c>to</c> its end) or an instant (<c>2026-12-01T08:00:00Z</c>, or with an offset
/// <c>2026-12-01T09:00:00+01:00</c>). Anything else, or <c>to</c> not after <c>from</c>, is a 400.
/// </summary>
internal static class MeetingInterval
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static (Instant? From, Instant? To, ProblemHttpResult? Problem) Parse(string? from, string? to)
    {
        if (!TryBound(from, endOfDay: false, out var start))
        {
            return (null, null, Invalid("from", from!));
        }

        if (!TryBound(to, endOfDay: true, out var end))
        {
            return (null, null, Invalid("to", to!));
        }

        if (start is { } f && end is { } t && t <= f)
        {
            return (null, null, RequestRules.Invalid(GovernanceErrorCodes.MeetingRegisterIntervalInvalid, "Periodens slut (to) måste vara efter dess början (from)."));
        }

        return (start, end, null);
    }

    /// <summary>False for text that is neither a date nor an instant; null (no bound) for none.</summary>
    private static bool TryBound(string? text, bool endOfDay, out Instant? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            value = Stockholm.AtStartOfDay(endOfDay ? date.Value.PlusDays(1) : date.Value).ToInstant();
        }
        else if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            value = instant.Value;
        }
        else if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset)
        {
            value = offset.Value.ToInstant();
        }

        return value is not null;
    }

    private static ProblemHttpResult Invalid(string field, string value) =>
        RequestRules.Invalid($"{field}.invalid", $"'{value}' ({field}) är inget datum (ÅÅÅÅ-MM-DD) eller tidpunkt (t.ex. 2026-12-01T08:00:00Z).");
}
