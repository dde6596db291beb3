using System.Text;
using static SCO.Arshjul.ClientApi.Tests.Fuzz.PathStrategies;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>Bodies that are not a JSON object: malformed, truncated, another root, nested too deep, not UTF-8, empty.</summary>
internal static class RawBodyStrategies
{
    /// <summary>Ways to make a valid JSON object text invalid.</summary>
    private static readonly Func<string, string>[] Malformations =
    [
        json => json[..^1] + ",}",
        json => json.Replace('"', '\''),
        json => json.Replace("\":", ":", StringComparison.Ordinal),
        json => "/* kommentar */" + json,
        json => json + "x",
        json => json + json,
        json => json + "}",
        json => "{" + json,
        json => json.Replace(':', '='),
        json => json[..^1] + ",\"a\":NaN}",
        json => json[..^1] + ",\"a\":Infinity}",
        json => json[..^1] + ",\"a\":01}",
        json => json[..^1] + ",\"a\":.5}",
        json => json[..^1] + ",\"a\":\"\\x\"}",
        json => json[..^1] + ",\"a\":\"tab\there\"}",
        json => json[..^1] + ",\"a\":\"\\u12\"}",
        json => json[..^1] + ",\"a\":tru}",
        json => json[..^1] + ",\"a\"}",
        json => json[..^1] + ",\"a\":}",
        json => json[..^1] + ",:1}",
        json => json[..^1] + ",\"a\" 1}",
        json => json[..^1] + ",\"a\":\"unterminated}",
        json => "{,}",
        json => "[}",
        json => "{]",
        json => "\"unterminated",
        json => json.Replace(",", string.Empty, StringComparison.Ordinal) + (json.Contains(',', StringComparison.Ordinal) ? string.Empty : "x"),
    ];

    public static IEnumerable<FuzzStrategy> All { get; } =
    [
        new("malformed-json", FuzzStage.Raw, 8, o => o.Body is not null, (d, r) => Raw(d, Pick(Malformations, r)(d.Json) is var broken && broken != d.Json ? broken : "{,}")),
        new("truncated-json", FuzzStage.Raw, 5, o => o.Body is not null, (d, r) => Raw(d, d.Json[..r.Next(d.Json.Length - 1)])),
        new("wrong-root", FuzzStage.Raw, 3, o => o.Body is not null, (d, r) =>
            Raw(d, Pick(new[] { "[]", "[{}]", "\"text\"", "42", "true", "null", $"[{d.Json}]", $"{{\"request\":{d.Json}}}" }, r))),
        new("deep-nesting", FuzzStage.Raw, 2, o => o.Body is not null, (d, r) =>
        {
            var depth = Pick(new[] { 65, 1000, 100_000 }, r);
            var (open, close) = r.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
            var deep = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            if (d.BodyFields().Count > 0 && r.Next(2) == 0)
            {
                d.Set(Pick(d.BodyFields(), r).Name, deep);
                return Raw(d, d.Json);
            }

            return Raw(d, deep);
        }),
        new("invalid-utf8", FuzzStage.Raw, 3, o => o.Body is not null, (d, r) =>
        {
            var json = d.Json;
            var at = json.IndexOf(":\"", StringComparison.Ordinal) is var colon and >= 0 ? colon + 2 : r.Next(json.Length);
            d.RawBody = [.. Encoding.UTF8.GetBytes(json[..at]), .. Pick(FuzzValues.InvalidUtf8, r), .. Encoding.UTF8.GetBytes(json[at..])];
            return true;
        }),
        new("empty-body", FuzzStage.Raw, 2, o => o.Body is not null, (d, r) =>
        {
            d.RawBody = r.Next(2) == 0 ? [] : Encoding.UTF8.GetBytes(Pick(new[] { " ", "\r\n", "\0" }, r));
            return true;
        }),
    ];

    private static bool Raw(RequestDraft draft, string text)
    {
        draft.RawBody = Encoding.UTF8.GetBytes(text);
        return true;
    }
}
