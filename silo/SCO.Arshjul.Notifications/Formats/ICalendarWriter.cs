using System.Globalization;
using NodaTime;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>
/// Writes a meeting's <see cref="CalendarInvite"/> as an iTIP message (RFC 5545/5546): one VCALENDAR with METHOD
/// REQUEST or CANCEL, the Europe/Stockholm VTIMEZONE and one VEVENT whose times are Stockholm local times.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>The TZID of every local time written.</summary>
    public const string TimeZoneId = "Europe/Stockholm";

    /// <summary>The product identifier.</summary>
    public const string ProductId = "-//SCO.Arshjul//Arshjul//SV";

    /// <summary>
    /// The Europe/Stockholm VTIMEZONE, one content line each. EU rules since 1996: summer time from the last Sunday of
    /// March 02:00 (+0200 CEST) to the last Sunday of October 03:00 (+0100 CET).
    /// </summary>
    public static IReadOnlyList<string> StockholmTimeZone { get; } =
    [
        "BEGIN:VTIMEZONE",
        $"TZID:{TimeZoneId}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ];

    /// <summary>
    /// The UID of the meeting with <paramref name="meetingKey"/>, e.g. <c>sco/meeting/2025-03-14-styrelse@arshjul</c>:
    /// the same in its invitation, every update and cancellation, and in the calendar feeds.
    /// </summary>
    public static string MeetingUid(string meetingKey) => $"{meetingKey}@arshjul";

    /// <summary>The iTIP method name: <c>REQUEST</c> or <c>CANCEL</c>.</summary>
    public static string MethodName(CalendarMethod method) => method == CalendarMethod.Cancel ? "CANCEL" : "REQUEST";

    /// <summary>The calendar text, folded, with CRLF line endings.</summary>
    /// <param name="stamp">When the message is made: its DTSTAMP (written in UTC).</param>
    public static string Write(CalendarInvite invite, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(invite);
        List<string> lines =
        [
            "BEGIN:VCALENDAR",
            $"PRODID:{ProductId}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            $"METHOD:{MethodName(invite.Method)}",
            .. StockholmTimeZone,
            "BEGIN:VEVENT",
            .. EventLines(invite.Uid, invite.Sequence, stamp, invite.Start, invite.End, invite.Summary, invite.Location, invite.Description),
        ];
        lines.Add($"ORGANIZER;CN={ICalendarText.Parameter(invite.Organizer.Name)}:mailto:{invite.Organizer.Email}");
        lines.AddRange(invite.Attendees.Select(a =>
            $"ATTENDEE;CN={ICalendarText.Parameter(a.Name)};ROLE={(a.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT")};"
            + $"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a.Email}"));
        lines.Add(invite.Method == CalendarMethod.Cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(ICalendarText.Fold));
    }

    /// <summary>
    /// The lines a meeting's VEVENT starts with (unfolded): UID, SEQUENCE, DTSTAMP (UTC), DTSTART and DTEND as
    /// Europe/Stockholm local times, SUMMARY, LOCATION (when given) and DESCRIPTION, text escaped.
    /// </summary>
    /// <param name="stamp">The VEVENT's DTSTAMP.</param>
    public static IEnumerable<string> EventLines(
        string uid,
        int sequence,
        DateTimeOffset stamp,
        LocalDateTime start,
        LocalDateTime end,
        string summary,
        string? location,
        string description)
    {
        yield return $"UID:{ICalendarText.Escape(uid)}";
        yield return string.Create(CultureInfo.InvariantCulture, $"SEQUENCE:{sequence}");
        yield return $"DTSTAMP:{stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        yield return $"DTSTART;TZID={TimeZoneId}:{Local(start)}";
        yield return $"DTEND;TZID={TimeZoneId}:{Local(end)}";
        yield return $"SUMMARY:{ICalendarText.Escape(summary)}";
        if (!string.IsNullOrWhiteSpace(location))
        {
            yield return $"LOCATION:{ICalendarText.Escape(location)}";
        }

        yield return $"DESCRIPTION:{ICalendarText.Escape(description)}";
    }

    private static string Local(LocalDateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
