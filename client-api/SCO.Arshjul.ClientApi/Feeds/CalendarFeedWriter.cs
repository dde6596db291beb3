using System.Globalization;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Formats;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// A calendar to subscribe to (RFC 5545, no METHOD): its name, the Europe/Stockholm VTIMEZONE and one VEVENT per
/// meeting with the UID and SEQUENCE the meeting's invitations carry, so that a meeting stays one event whether it
/// came by mail or by the feed. A cancelled meeting stays in the feed with STATUS:CANCELLED.
/// </summary>
internal static class CalendarFeedWriter
{
    /// <summary>The calendar text, folded, with CRLF line endings.</summary>
    /// <param name="name">The calendar's name (X-WR-CALNAME), e.g. "Årshjul SCÖ – Styrelsen".</param>
    /// <param name="baseUrl">The web UI's address, for each meeting's link.</param>
    public static string Write(string name, IEnumerable<MeetingSnapshot> meetings, OrganisationDefinition organisation, Uri baseUrl)
    {
        var escapedName = ICalendarText.Escape(name);
        List<string> lines =
        [
            "BEGIN:VCALENDAR",
            $"PRODID:{ICalendarWriter.ProductId}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            $"NAME:{escapedName}",
            $"X-WR-CALNAME:{escapedName}",
            $"X-WR-TIMEZONE:{ICalendarWriter.TimeZoneId}",
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-PUBLISHED-TTL:PT1H",
            .. ICalendarWriter.StockholmTimeZone,
        ];
        foreach (var meeting in meetings)
        {
            lines.AddRange(Event(meeting, organisation, baseUrl));
        }

        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(ICalendarText.Fold));
    }

    private static IEnumerable<string> Event(MeetingSnapshot meeting, OrganisationDefinition organisation, Uri baseUrl)
    {
        // Without a METHOD, DTSTAMP is when the event last changed (RFC 5545 §3.8.7.2): the text stays the same until the meeting changes.
        return
        [
            "BEGIN:VEVENT",
            .. ICalendarWriter.EventLines(
                ICalendarWriter.MeetingUid(meeting.Key),
                meeting.Sequence,
                MeetingLastChange.Of(meeting).ToDateTimeOffset(),
                meeting.Start,
                meeting.End,
                meeting.Title,
                meeting.Location,
                Description(meeting, organisation)),
            $"URL:{ItemLinks.For(baseUrl, meeting.Key)!.AbsoluteUri}",
            meeting.Status == MeetingStatus.Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
            "END:VEVENT",
        ];
    }

    /// <summary>Status, who is called and the agenda, in Swedish.</summary>
    private static string Description(MeetingSnapshot meeting, OrganisationDefinition organisation)
    {
        List<string> lines = [$"Status: {MeetingStatusNames.Swedish(meeting.Status)}"];
        if (meeting.Status == MeetingStatus.Cancelled && !string.IsNullOrWhiteSpace(meeting.CancellationReason))
        {
            lines.Add($"Skäl: {meeting.CancellationReason}");
        }

        lines.Add($"Kallade: {string.Join(", ", organisation.Bodies.Where(b => meeting.BodyIds.Contains(b.Id)).Select(b => b.Name))}");
        if (meeting.Assumed)
        {
            lines.Add("Datumet är preliminärt (framgår inte av källdokumenten).");
        }

        if (meeting.Agenda.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Dagordning:");
            lines.AddRange(meeting.Agenda.Select((item, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {item}")));
        }

        return string.Join('\n', lines);
    }
}
