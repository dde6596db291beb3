using System.Globalization;
using System.Text;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>
/// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line breaks: encoded lines of at most 76 characters
/// (soft breaks end in '='), a character's bytes never split across lines, trailing white space encoded.
/// </summary>
internal static class QuotedPrintable
{
    private const int MaxContent = 75; // plus the '=' of a soft line break

    /// <summary>The encoded text; each source line ends in CRLF.</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var runes = line.EnumerateRunes().ToArray();
            var lineLength = 0;
            for (var i = 0; i < runes.Length; i++)
            {
                var piece = Encode(runes[i], lastOfLine: i == runes.Length - 1);
                if (lineLength + piece.Length > MaxContent)
                {
                    encoded.Append("=\r\n");
                    lineLength = 0;
                }

                encoded.Append(piece);
                lineLength += piece.Length;
            }

            encoded.Append("\r\n");
        }

        return encoded.ToString();
    }

    private static string Encode(Rune rune, bool lastOfLine)
    {
        if (rune.Value is > ' ' and <= '~' and not '=' || (rune.Value is ' ' or '\t' && !lastOfLine))
        {
            return rune.ToString();
        }

        var bytes = new byte[rune.Utf8SequenceLength];
        rune.EncodeToUtf8(bytes);
        return string.Concat(bytes.Select(b => string.Create(CultureInfo.InvariantCulture, $"={b:X2}")));
    }
}
