using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace SCO.Arshjul.Notifications.Graph.Content;

/// <summary>
/// The HTML that Outlook shows for a plain-text notification: every character encoded, line breaks kept, blank lines
/// as paragraph breaks, and web addresses as links (the link to the item in the web UI).
/// </summary>
internal static partial class HtmlBody
{
    // Markup characters encoded; Swedish letters kept as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The HTML of <paramref name="text"/>, optionally after a highlighted <paramref name="notice"/>.</summary>
    public static string From(string text, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<html><body style=\"font-family:Calibri,Arial,sans-serif\">");
        if (notice is not null)
        {
            html.Append("<p style=\"background:#fff4ce;padding:6px\"><strong>").Append(Encode(notice)).Append("</strong></p>");
        }

        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split("\n\n"))
        {
            html.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(Encode))).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Encode(string line) =>
        Url().Replace(Encoder.Encode(line), m => $"<a href=\"{m.Value}\">{m.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
