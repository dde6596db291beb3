using System.Text;
using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>
/// Writes an <see cref="OutgoingMessage"/> as an RFC 5322 + MIME message (.eml) with CRLF line endings. A plain message
/// is one UTF-8 text/plain part in quoted-printable. A calendar message has the shape Outlook and Thunderbird treat
/// as an invitation: multipart/mixed holding multipart/alternative (text/plain + text/calendar with its method) and the
/// same calendar as the attachment <c>invite.ics</c>.
/// </summary>
public static class EmlWriter
{
    /// <summary>The file name of the calendar attachment.</summary>
    public const string CalendarAttachmentName = "invite.ics";

    /// <summary>The message text.</summary>
    /// <param name="sender">Who a message without a calendar part comes from (an invitation comes from its organiser).</param>
    /// <param name="date">The Date header and the calendar's DTSTAMP: now, from the caller's TimeProvider.</param>
    public static string Write(OutgoingMessage message, Recipient sender, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        var from = message.Calendar?.Organizer ?? sender;
        var required = message.To.Where(r => r.Required).Select(r => ((string?)r.Name, r.Email)).ToList();
        var optional = message.To.Where(r => !r.Required).Select(r => ((string?)r.Name, r.Email)).ToList();
        var headers = string.Concat(
            MailHeaders.Field("From", MailHeaders.Mailbox(from.Name, from.Email)),
            required.Count > 0 ? MailHeaders.Field("To", MailHeaders.AddressList(required)) : "To: undisclosed-recipients:;\r\n",
            optional.Count > 0 ? MailHeaders.Field("Cc", MailHeaders.AddressList(optional)) : string.Empty,
            MailHeaders.Field("Subject", MailHeaders.Text(message.Subject)),
            Lines($"Date: {MailHeaders.Date(date)}", $"Message-ID: <{message.MessageId}>", "MIME-Version: 1.0", "Auto-Submitted: auto-generated"));
        if (message.Calendar is not { } calendar)
        {
            return headers + TextPart(message.Body);
        }

        var boundary = $"=_arshjul_{StableHash.Hex(message.MessageId, 16)}";
        var (mixed, alternative) = ($"{boundary}_mixed", $"{boundary}_alt");
        var ics = Base64(ICalendarWriter.Write(calendar, date));
        return string.Concat(
            headers,
            Lines($"Content-Type: multipart/mixed;\r\n boundary=\"{mixed}\"", string.Empty, $"--{mixed}"),
            Lines($"Content-Type: multipart/alternative;\r\n boundary=\"{alternative}\"", string.Empty, $"--{alternative}"),
            TextPart(message.Body),
            Lines(
                $"--{alternative}",
                $"Content-Type: text/calendar; charset=utf-8; method={ICalendarWriter.MethodName(calendar.Method)}",
                "Content-Transfer-Encoding: base64",
                string.Empty),
            ics,
            Lines($"--{alternative}--", string.Empty, $"--{mixed}"),
            Lines(
                $"Content-Type: application/ics; name=\"{CalendarAttachmentName}\"",
                $"Content-Disposition: attachment; filename=\"{CalendarAttachmentName}\"",
                "Content-Transfer-Encoding: base64",
                string.Empty),
            ics,
            Lines($"--{mixed}--"));
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\r\n"));

    private static string TextPart(string body) =>
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + QuotedPrintable.Encode(body);

    private static string Base64(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text), Base64FormattingOptions.InsertLineBreaks) + "\r\n";
}
