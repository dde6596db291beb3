using System.Text;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>RFC 5545 text rules: TEXT escaping (§3.3.11), parameter values (§3.2) and content-line folding at 75 octets (§3.1).</summary>
public static class ICalendarText
{
    /// <summary>The most octets on one physical line, without its CRLF.</summary>
    public const int MaxLineOctets = 75;

    /// <summary>Escapes backslash, semicolon and comma, and writes each line break as <c>\n</c>.</summary>
    public static string Escape(string text) => text
        .ReplaceLineEndings("\n")
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value: double quotes (never allowed inside) and control characters dropped; quoted when it holds ':', ';' or ','.</summary>
    public static string Parameter(string value)
    {
        var clean = new string([.. value.Where(c => c != '"' && !char.IsControl(c))]);
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>
    /// The content line folded so that no physical line exceeds <see cref="MaxLineOctets"/> octets of UTF-8, each
    /// continuation starting with one space; a multi-byte character is never split. Every line ends in CRLF.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        return folded.Append("\r\n").ToString();
    }
}
