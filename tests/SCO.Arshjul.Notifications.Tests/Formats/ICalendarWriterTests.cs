using System.Text;
using SCO.Arshjul.Notifications.Formats;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Formats;

/// <summary>The .ics text: RFC 5545/5546 properties, the Stockholm VTIMEZONE, escaping, folding at 75 octets, CANCEL.</summary>
public sealed class ICalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2025, 2, 28, 7, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Write_Request_EveryRequiredPropertyInOrder()
    {
        var lines = Unfolded(ICalendarWriter.Write(Calendar(), Stamp));

        Assert.Equal(["BEGIN:VCALENDAR", "PRODID:-//SCO.Arshjul//Arshjul//SV", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"], lines[..5]);
        Assert.Equal(
            [
                "BEGIN:VEVENT",
                "UID:sco/meeting/2025-03-14-styrelse@arshjul",
                "SEQUENCE:0",
                "DTSTAMP:20250228T070000Z",
                "DTSTART;TZID=Europe/Stockholm:20250314T090000",
                "DTEND;TZID=Europe/Stockholm:20250314T120000",
                "SUMMARY:Styrelsemöte",
                "LOCATION:Kansliet\\, Drottninggatan 1\\, Linköping",
                "DESCRIPTION:Dagordning:\\n1. Mötets öppnande\\n2. Årsredovisning 2024",
                "ORGANIZER;CN=Samordningsförbundet Centrala Östergötland:mailto:kansli@example.org",
                "ATTENDEE;CN=Anna Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.lindqvist@example.org",
                "ATTENDEE;CN=Bo Ek;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bo.ek@example.org",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR",
            ],
            lines[lines.IndexOf("BEGIN:VEVENT")..]);
    }

    [Fact]
    public void Write_Any_StockholmTimeZoneWithEuRules()
    {
        var lines = Unfolded(ICalendarWriter.Write(Calendar(), Stamp));

        Assert.Equal(
            [
                "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT",
                "END:VTIMEZONE",
            ],
            lines[5..22]);
        // The DTSTARTs are last Sundays (a week later is another month), as the RRULEs say.
        DateOnly[] starts = [new(1970, 10, 25), new(1970, 3, 29)];
        Assert.All(starts, start => Assert.Equal((DayOfWeek.Sunday, start.Month + 1), (start.DayOfWeek, start.AddDays(7).Month)));
    }

    [Fact]
    public void Write_LongSwedishText_FoldedAt75OctetsWithoutSplittingCharacters()
    {
        var description = string.Concat(Enumerable.Repeat("Årsredovisning för förbundet – granskad och överlämnad. ", 6));
        var calendar = Calendar() with { Description = description, Summary = new string('ö', 50) };

        var ics = ICalendarWriter.Write(calendar, Stamp);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var physical = ics[..^2].Split("\r\n");
        Assert.All(physical, line =>
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            Assert.True(bytes.Length <= 75, $"{bytes.Length} octets: {line}");
            Assert.Equal(line, StrictUtf8.GetString(bytes)); // every physical line is whole UTF-8 on its own
        });
        Assert.Contains(physical, line => Encoding.UTF8.GetByteCount(line) is 74 or 75 && line.StartsWith(' '));
        Assert.Contains($"DESCRIPTION:{description}", Unfolded(ics));
        Assert.Contains($"SUMMARY:{calendar.Summary}", Unfolded(ics));
    }

    [Fact]
    public void Write_SpecialCharacters_EscapedAsText()
    {
        var calendar = Calendar() with
        {
            Summary = "Möte; extra, viktigt",
            Description = "Rad 1\r\nRad 2\nC:\\mapp\\fil",
            Location = null,
            Attendees = [Anna with { Name = "Lindqvist, Anna \"AL\"" }],
        };

        var lines = Unfolded(ICalendarWriter.Write(calendar, Stamp));

        Assert.Contains("SUMMARY:Möte\\; extra\\, viktigt", lines);
        Assert.Contains("DESCRIPTION:Rad 1\\nRad 2\\nC:\\\\mapp\\\\fil", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("LOCATION", StringComparison.Ordinal));
        Assert.Contains(
            "ATTENDEE;CN=\"Lindqvist, Anna AL\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.lindqvist@example.org",
            lines);
    }

    [Fact]
    public void Write_Cancel_MethodCancelStatusCancelledSameUidRaisedSequence()
    {
        var cancel = Calendar(sequence: 2, method: CalendarMethod.Cancel);

        var lines = Unfolded(ICalendarWriter.Write(cancel, Stamp));

        Assert.Contains("METHOD:CANCEL", lines);
        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("SEQUENCE:2", lines);
        Assert.Contains("UID:sco/meeting/2025-03-14-styrelse@arshjul", lines);
        Assert.DoesNotContain("STATUS:CONFIRMED", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("ATTENDEE;", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_SummerMeeting_LocalTimesWithTzidAndStampInUtc()
    {
        var summer = Calendar() with { Start = new NodaTime.LocalDateTime(2025, 6, 12, 13, 0), End = new NodaTime.LocalDateTime(2025, 6, 12, 15, 30) };

        var lines = Unfolded(ICalendarWriter.Write(summer, new DateTimeOffset(2025, 6, 1, 10, 15, 30, TimeSpan.FromHours(2))));

        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20250612T130000", lines);
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20250612T153000", lines);
        Assert.Contains("DTSTAMP:20250601T081530Z", lines);
    }

    /// <summary>Content lines with folding undone (RFC 5545 §3.1).</summary>
    private static List<string> Unfolded(string ics) => [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n")[..^1]];
}
