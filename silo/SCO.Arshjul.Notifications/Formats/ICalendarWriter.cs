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

    // EU rules since 1996: summer time from the last Sunday of March 02:00 (+0200 CEST) to the last Sunday of October 03:00 (+0100 CET).
    private static readonly string[] StockholmTimeZone =
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
            $"UID:{ICalendarText.Escape(invite.Uid)}",
            string.Create(CultureInfo.InvariantCulture, $"SEQUENCE:{invite.Sequence}"),
            $"DTSTAMP:{stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;TZID={TimeZoneId}:{Local(invite.Start)}",
            $"DTEND;TZID={TimeZoneId}:{Local(invite.End)}",
            $"SUMMARY:{ICalendarText.Escape(invite.Summary)}",
        ];
        if (!string.IsNullOrWhiteSpace(invite.Location))
        {
            lines.Add($"LOCATION:{ICalendarText.Escape(invite.Location)}");
        }

        lines.Add($"DESCRIPTION:{ICalendarText.Escape(invite.Description)}");
        lines.Add($"ORGANIZER;CN={ICalendarText.Parameter(invite.Organizer.Name)}:mailto:{invite.Organizer.Email}");
        lines.AddRange(invite.Attendees.Select(a =>
            $"ATTENDEE;CN={ICalendarText.Parameter(a.Name)};ROLE={(a.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT")};"
            + $"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a.Email}"));
        lines.Add(invite.Method == CalendarMethod.Cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(ICalendarText.Fold));
    }

    private static string Local(LocalDateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
