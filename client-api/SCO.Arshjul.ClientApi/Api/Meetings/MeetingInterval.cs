using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>
/// The <c>from</c> and <c>to</c> of a meeting list: each an ISO date (<c>2026-12-01</c>, a whole day in Europe/Stockholm:
/// <c>from</c> its start, <c>to</c> its end) or an instant (<c>2026-12-01T08:00:00Z</c>, or with an offset
/// <c>2026-12-01T09:00:00+01:00</c>). Anything else, a year outside <see cref="GovernanceYears"/>, or <c>to</c> not
/// after <c>from</c>, is a 400.
/// </summary>
internal static class MeetingInterval
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static (Instant? From, Instant? To, ProblemHttpResult? Problem) Parse(string? from, string? to)
    {
        if (Bound(from, "from", endOfDay: false, out var start) is { } fromProblem)
        {
            return (null, null, fromProblem);
        }

        if (Bound(to, "to", endOfDay: true, out var end) is { } toProblem)
        {
            return (null, null, toProblem);
        }

        if (start is { } f && end is { } t && t <= f)
        {
            return (null, null, RequestRules.Invalid(GovernanceErrorCodes.MeetingRegisterIntervalInvalid, "Periodens slut (to) måste vara efter dess början (from)."));
        }

        return (start, end, null);
    }

    /// <summary>A problem for text that is not a date or an instant of the years served; no bound (null) for none.</summary>
    private static ProblemHttpResult? Bound(string? text, string field, bool endOfDay, out Instant? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (Read(trimmed) is not { } bound)
        {
            return RequestRules.Invalid($"{field}.invalid", $"'{text}' ({field}) är inget datum (ÅÅÅÅ-MM-DD) eller tidpunkt (t.ex. 2026-12-01T08:00:00Z).");
        }

        // Checked before the arithmetic: the day after 9999-12-31 does not exist.
        if (!GovernanceYears.Contains((bound.Date ?? bound.Instant!.Value.InUtc().Date).Year))
        {
            return RequestRules.Invalid(
                GovernanceErrorCodes.TimeOutOfRange, $"'{text}' ({field}) ligger utanför åren {GovernanceYears.First}–{GovernanceYears.Last}.");
        }

        value = bound.Date is { } date ? Stockholm.AtStartOfDay(endOfDay ? date.PlusDays(1) : date).ToInstant() : bound.Instant;
        return null;
    }

    /// <summary>A whole day, or an instant (given in UTC or with an offset); null for anything else.</summary>
    private static (LocalDate? Date, Instant? Instant)? Read(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } date ? (date.Value, null)
        : InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant ? (null, instant.Value)
        : OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset ? (null, offset.Value.ToInstant())
        : null;
}
