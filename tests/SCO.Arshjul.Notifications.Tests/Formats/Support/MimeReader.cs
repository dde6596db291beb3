using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SCO.Arshjul.Notifications.Tests.Formats.Support;

/// <summary>Just enough MIME reading to check what the writers produce: headers, encoded-words, quoted-printable, parts.</summary>
internal static partial class MimeReader
{
    /// <summary>The header block and the body of an entity (split at the first empty line).</summary>
    public static (string Headers, string Body) Split(string entity)
    {
        var end = entity.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (entity[..(end + 2)], entity[(end + 4)..]);
    }

    /// <summary>The unfolded value of the first header <paramref name="name"/>, or null.</summary>
    public static string? Header(string entity, string name)
    {
        var unfolded = Split(entity).Headers.Replace("\r\n ", " ", StringComparison.Ordinal);
        return unfolded.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))?[(name.Length + 2)..];
    }

    /// <summary>The text of a header value: encoded-words decoded, white space between two of them dropped (RFC 2047 §6.2).</summary>
    public static string DecodeWords(string value) =>
        EncodedWord().Replace(BetweenWords().Replace(value, "?==?"), m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));

    /// <summary>Decodes quoted-printable: soft line breaks removed, =XX bytes read as UTF-8.</summary>
    public static string DecodeQuotedPrintable(string encoded)
    {
        var text = encoded.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>The parts of a multipart body between <c>--boundary</c> lines, each without the CRLF before the next delimiter.</summary>
    public static IReadOnlyList<string> Parts(string body, string boundary)
    {
        var pieces = body.Split($"--{boundary}");
        Assert.StartsWith("--", pieces[^1], StringComparison.Ordinal); // the close delimiter
        return [.. pieces[1..^1].Select(p => p[2..^2])];
    }

    /// <summary>The boundary parameter of a Content-Type value.</summary>
    public static string Boundary(string contentType) => BoundaryParameter().Match(contentType).Groups[1].Value;

    [GeneratedRegex(@"=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryParameter();
}
