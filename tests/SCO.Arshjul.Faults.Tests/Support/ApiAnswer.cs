using System.Text.Json;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// How one HTTP request to a node ended: a status with its problem (code, title, detail) or body, or no answer at all
/// (<see cref="Error"/>: the connection was refused or reset, or the client gave up), and how long it took.
/// </summary>
internal sealed record ApiAnswer(string Node, int? Status, string? Code, string? Title, string? Detail, string? Body, string? Error, TimeSpan Elapsed)
{
    /// <summary>The API acknowledged the request (2xx).</summary>
    public bool Acknowledged => Status is >= 200 and < 300;

    /// <summary>No HTTP answer: what was sent may or may not have been done.</summary>
    public bool NoAnswer => Status is null;

    public override string ToString() =>
        Status is { } status ? $"{Node}: {status} {Code} {Title} {Detail} ({Elapsed.TotalMilliseconds:0} ms)" : $"{Node}: no answer, {Error} ({Elapsed.TotalMilliseconds:0} ms)";

    /// <summary>How many answers of each kind: <c>12 200, 3 409 conflict, 2 no answer</c>.</summary>
    public static string Describe(IEnumerable<ApiAnswer> answers) =>
        string.Join(", ", answers
            .GroupBy(a => a.Status is { } s ? $"{s}{(a.Code is { } code ? " " + code : string.Empty)}" : "no answer")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}"));

    /// <summary>The answer to a request that got a response with <paramref name="body"/>.</summary>
    public static ApiAnswer Of(string node, int status, string body, TimeSpan elapsed)
    {
        string? code = null, title = null, detail = null;
        if (status >= 400)
        {
            try
            {
                using var problem = JsonDocument.Parse(body);
                code = Text(problem.RootElement, "code");
                title = Text(problem.RootElement, "title");
                detail = Text(problem.RootElement, "detail");
            }
            catch (JsonException)
            {
                // Not problem+json: the assertions on the answer say so.
            }
        }

        return new ApiAnswer(node, status, code, title, detail, body, null, elapsed);
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
