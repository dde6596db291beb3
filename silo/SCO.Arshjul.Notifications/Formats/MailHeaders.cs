using System.Globalization;
using System.Text;
using NodaTime;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>
/// RFC 5322 header fields: folded between tokens so that lines stay under 76 characters, non-ASCII text as RFC 2047
/// UTF-8 encoded-words (each a run of whole characters), display names quoted, dates in Stockholm time.
/// </summary>
internal static class MailHeaders
{
    /// <summary>The longest header line written (without CRLF) wherever the tokens allow.</summary>
    public const int MaxLineLength = 75;

    // 39 bytes → 52 base64 characters → a 64-character encoded-word: with "Subject: " or a folding space the line stays short.
    private const int WordBytes = 39;

    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>"Name: token token" + CRLF, folded (CRLF + space) before a token that would make the line too long.</summary>
    public static string Field(string name, IEnumerable<string> tokens)
    {
        var field = new StringBuilder(name).Append(':');
        var lineLength = field.Length;
        var first = true;
        foreach (var token in tokens)
        {
            if (!first && lineLength + 1 + token.Length > MaxLineLength)
            {
                field.Append("\r\n");
                lineLength = 0;
            }

            field.Append(' ').Append(token);
            lineLength += 1 + token.Length;
            first = false;
        }

        return field.Append("\r\n").ToString();
    }

    /// <summary>Unstructured text (a subject): its words if plain ASCII, else encoded-words.</summary>
    public static IReadOnlyList<string> Text(string text)
    {
        var clean = Clean(text);
        return IsPlain(clean) ? clean.Split(' ', StringSplitOptions.RemoveEmptyEntries) : EncodedWords(clean);
    }

    /// <summary>A mailbox: the display name (quoted, or encoded-words) and the address in angle brackets.</summary>
    public static IReadOnlyList<string> Mailbox(string? displayName, string address)
    {
        var name = Clean(displayName ?? string.Empty);
        var bare = new string([.. address.Where(c => c > ' ' && c < 0x7F && c is not ('<' or '>' or ',' or ';'))]);
        List<string> tokens = name.Length == 0 ? [] : IsPlain(name) ? [Quote(name)] : [.. EncodedWords(name)];
        tokens.Add($"<{bare}>");
        return tokens;
    }

    /// <summary>Mailboxes separated by commas.</summary>
    public static IReadOnlyList<string> AddressList(IEnumerable<(string? Name, string Address)> mailboxes)
    {
        var tokens = new List<string>();
        foreach (var (name, address) in mailboxes)
        {
            if (tokens.Count > 0)
            {
                tokens[^1] += ",";
            }

            tokens.AddRange(Mailbox(name, address));
        }

        return tokens;
    }

    /// <summary>RFC 5322 date-time in Stockholm's offset, e.g. <c>Wed, 12 Mar 2025 09:00:00 +0100</c>.</summary>
    public static string Date(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(Stockholm).ToDateTimeOffset();
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return local.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}");
    }

    /// <summary>RFC 2047 "B" encoded-words of whole characters, none longer than 75 characters.</summary>
    public static IReadOnlyList<string> EncodedWords(string text)
    {
        var words = new List<string>();
        var chunk = new List<byte>(WordBytes);
        var rune = new byte[4];
        foreach (var character in text.EnumerateRunes())
        {
            var length = character.EncodeToUtf8(rune);
            if (chunk.Count + length > WordBytes)
            {
                words.Add(Word(chunk));
                chunk.Clear();
            }

            chunk.AddRange(rune.AsSpan(0, length));
        }

        if (chunk.Count > 0)
        {
            words.Add(Word(chunk));
        }

        return words;
    }

    private static string Word(List<byte> bytes) => $"=?utf-8?B?{Convert.ToBase64String([.. bytes])}?=";

    // Printable ASCII that cannot be mistaken for an encoded-word.
    private static bool IsPlain(string text) => text.All(c => c is >= ' ' and <= '~') && !text.Contains("=?", StringComparison.Ordinal);

    private static string Quote(string name) => $"\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    // A header value is one line: line breaks and other control characters become spaces.
    private static string Clean(string text) => new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
}
