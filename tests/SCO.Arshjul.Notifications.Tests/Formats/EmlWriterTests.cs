using System.Text;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Formats;
using SCO.Arshjul.Notifications.Tests.Formats.Support;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Formats;

/// <summary>The .eml text: RFC 5322 headers, encoded-word subjects, CRLF, and the invitation's multipart shape.</summary>
public sealed class EmlWriterTests
{
    private static readonly Recipient Sender = new("arshjul", "SCO.Arshjul", "arshjul@example.org", "avsändare");
    private static readonly DateTimeOffset Now = new(2025, 3, 12, 8, 0, 5, TimeSpan.Zero);

    [Fact]
    public void Write_Reminder_HeadersAndQuotedPrintableBody()
    {
        var reminder = Reminder("SCÖ 2024-2.13", Anna, Local(2025, 3, 12));
        var message = new OutgoingMessage("0123abcd@arshjul", [Anna], reminder.Subject, reminder.Body, null, [reminder]);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.StartsWith(
            "From: \"SCO.Arshjul\" <arshjul@example.org>\r\nTo: \"Anna Lindqvist\" <anna.lindqvist@example.org>\r\nSubject: =?utf-8?B?",
            eml,
            StringComparison.Ordinal);
        Assert.Equal(reminder.Subject, MimeReader.DecodeWords(MimeReader.Header(eml, "Subject")!));
        Assert.Equal("Wed, 12 Mar 2025 09:00:05 +0100", MimeReader.Header(eml, "Date"));
        Assert.Equal("<0123abcd@arshjul>", MimeReader.Header(eml, "Message-ID"));
        Assert.Equal("1.0", MimeReader.Header(eml, "MIME-Version"));
        Assert.Null(MimeReader.Header(eml, "Cc"));
        Assert.Equal("text/plain; charset=utf-8", MimeReader.Header(eml, "Content-Type"));
        Assert.Equal("quoted-printable", MimeReader.Header(eml, "Content-Transfer-Encoding"));
        var body = MimeReader.Split(eml).Body;
        Assert.Contains("SC=C3=96 2024-2.13", body, StringComparison.Ordinal);
        Assert.Equal(reminder.Body.ReplaceLineEndings("\r\n") + "\r\n", MimeReader.DecodeQuotedPrintable(body));
    }

    [Fact]
    public void Write_AnyMessage_CrlfOnlyAndShortLines()
    {
        var long_ = new string('å', 120) + " slut";
        var message = new OutgoingMessage("id@arshjul", [Anna, Bo], $"Påminnelse: {long_}", $"Rad ett\n{long_}\r\nRad tre  \n", Calendar(), []);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.DoesNotContain('\n', eml.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', eml.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(eml.Split("\r\n"), line => Assert.True(line.Length <= 76, $"{line.Length}: {line}"));
        Assert.All(MimeReader.Split(eml).Headers.Split("\r\n"), line => Assert.True(line.Length < 76, line));
        Assert.Equal(message.Subject, MimeReader.DecodeWords(MimeReader.Header(eml, "Subject")!));
        Assert.All(MimeReader.Header(eml, "Subject")!.Split(' '), word => Assert.True(word.Length <= 75));
    }

    [Fact]
    public void Write_AsciiSubjectAndNames_PlainFoldedAndQuoted()
    {
        var subject = string.Join(' ', Enumerable.Repeat("Reminder", 15));
        var tricky = Anna with { Name = "Lindqvist, Anna \"AL\"" };
        var message = new OutgoingMessage("id@arshjul", [tricky], subject, "Hi", null, []);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.Equal(subject, MimeReader.Header(eml, "Subject"));
        Assert.Contains("Subject: Reminder Reminder", eml, StringComparison.Ordinal);
        Assert.Contains("\r\n Reminder", eml, StringComparison.Ordinal);
        Assert.Equal("\"Lindqvist, Anna \\\"AL\\\"\" <anna.lindqvist@example.org>", MimeReader.Header(eml, "To"));
    }

    [Fact]
    public void Write_Invitation_FromOrganizerToRequiredCcOptionalMultipartWithCalendar()
    {
        var invitation = Invitation();
        var message = new OutgoingMessage("inv@arshjul", invitation.Recipients, invitation.Subject, invitation.Body, invitation.Calendar, [invitation]);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.Equal("Samordningsförbundet Centrala Östergötland <kansli@example.org>", MimeReader.DecodeWords(MimeReader.Header(eml, "From")!));
        Assert.Equal("\"Anna Lindqvist\" <anna.lindqvist@example.org>", MimeReader.Header(eml, "To"));
        Assert.Equal("\"Bo Ek\" <bo.ek@example.org>", MimeReader.Header(eml, "Cc"));
        var mixed = MimeReader.Header(eml, "Content-Type")!;
        Assert.StartsWith("multipart/mixed; boundary=", mixed, StringComparison.Ordinal);
        var (alternative, attachment) = Two(MimeReader.Parts(MimeReader.Split(eml).Body, MimeReader.Boundary(mixed)));
        var alternativeType = MimeReader.Header(alternative, "Content-Type")!;
        Assert.StartsWith("multipart/alternative; boundary=", alternativeType, StringComparison.Ordinal);
        var (text, calendar) = Two(MimeReader.Parts(MimeReader.Split(alternative).Body, MimeReader.Boundary(alternativeType)));
        Assert.Equal("text/plain; charset=utf-8", MimeReader.Header(text, "Content-Type"));
        Assert.Equal(invitation.Body.ReplaceLineEndings("\r\n"), MimeReader.DecodeQuotedPrintable(MimeReader.Split(text).Body));
        Assert.Equal("text/calendar; charset=utf-8; method=REQUEST", MimeReader.Header(calendar, "Content-Type"));
        Assert.Equal("base64", MimeReader.Header(calendar, "Content-Transfer-Encoding"));
        var ics = ICalendarWriter.Write(invitation.Calendar!, Now);
        Assert.Equal(ics, Base64(MimeReader.Split(calendar).Body));
        Assert.Equal("application/ics; name=\"invite.ics\"", MimeReader.Header(attachment, "Content-Type"));
        Assert.Equal("attachment; filename=\"invite.ics\"", MimeReader.Header(attachment, "Content-Disposition"));
        Assert.Equal(ics, Base64(MimeReader.Split(attachment).Body));
    }

    [Fact]
    public void Write_Cancellation_CalendarPartHasMethodCancel()
    {
        var cancellation = Invitation(sequence: 2, method: CalendarMethod.Cancel);
        var message = new OutgoingMessage("c@arshjul", cancellation.Recipients, cancellation.Subject, cancellation.Body, cancellation.Calendar, [cancellation]);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.Contains("\r\nContent-Type: text/calendar; charset=utf-8; method=CANCEL\r\n", eml, StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL", Base64(eml.Split("method=CANCEL\r\nContent-Transfer-Encoding: base64\r\n\r\n")[1].Split("\r\n--")[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoRequiredRecipient_UndisclosedRecipientsAndCc()
    {
        var message = new OutgoingMessage("o@arshjul", [Bo], "Info", "Text", null, []);

        var eml = EmlWriter.Write(message, Sender, Now);

        Assert.Equal("undisclosed-recipients:;", MimeReader.Header(eml, "To"));
        Assert.Equal("\"Bo Ek\" <bo.ek@example.org>", MimeReader.Header(eml, "Cc"));
    }

    [Fact]
    public void Write_SummerTime_DateHasCestOffset()
    {
        var message = new OutgoingMessage("s@arshjul", [Anna], "Info", "Text", null, []);

        var eml = EmlWriter.Write(message, Sender, new DateTimeOffset(2025, 6, 2, 6, 30, 0, TimeSpan.Zero));

        Assert.Equal("Mon, 02 Jun 2025 08:30:00 +0200", MimeReader.Header(eml, "Date"));
    }

    private static string Base64(string encoded) => Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Replace("\r\n", string.Empty, StringComparison.Ordinal)));

    private static (string First, string Second) Two(IReadOnlyList<string> parts)
    {
        Assert.Equal(2, parts.Count);
        return (parts[0], parts[1]);
    }
}
