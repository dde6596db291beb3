using System.Text;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>
/// The status board as a CSV file Swedish Excel opens as it is: UTF-8 with a byte-order mark (else å, ä, ö break),
/// <c>;</c> between fields (Swedish Excel's list separator), CRLF line ends, every field in double quotes with quotes
/// doubled, dates as <c>yyyy-MM-dd</c>, statuses in Swedish. A field starting with <c>= + - @</c> gets a leading
/// apostrophe so Excel shows it as text instead of running it as a formula.
/// </summary>
public static class DecisionCsv
{
    /// <summary>The file's media type.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
        ["Diarienr", "Möte", "Mötesdatum", "Rubrik", "Ansvarig", "Klart senast", "Status", "Försenat", "Senaste anteckning", "Anteckningsdatum"];

    /// <summary>The file's bytes, BOM first.</summary>
    public static byte[] Write(IEnumerable<DecisionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var row in rows)
        {
            var s = row.Summary;
            Line(text,
            [
                s.Reference,
                row.MeetingTitle ?? row.MeetingId,
                row.MeetingDate is { } date ? StockholmTimes.Date(date) : string.Empty,
                s.Title,
                row.Responsible,
                StockholmTimes.Date(s.Due),
                StatusLabels.Of(s.Status),
                row.IsOverdue ? "Ja" : "Nej",
                row.LastNote?.Text ?? string.Empty,
                row.LastNote is { } note ? StockholmTimes.Date(note.Date) : string.Empty,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field)
    {
        var safe = field.Length > 0 && field[0] is '=' or '+' or '-' or '@' ? "'" + field : field;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
