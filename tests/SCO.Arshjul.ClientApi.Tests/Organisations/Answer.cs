using System.Text.Json;
using System.Text.Json.Nodes;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// An answer as two requests that differ only in some ids are compared: status, media type, problem code and body with
/// those ids replaced by <c>{id}</c> (longest first) and the per-request trace id left out. Two answers equal in this
/// form tell the caller nothing about which ids exist.
/// </summary>
public sealed record Answer(int Status, string? MediaType, string? Code, string Body)
{
    private static readonly string[] PerRequest = ["traceId", "requestId", "instance"];
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads <paramref name="response"/>, replacing each of <paramref name="ids"/> (and its URL-decoded form) in its body.</summary>
    public static async Task<Answer> ReadAsync(HttpResponseMessage response, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await ReadableAsync(response);
        string? code = null;
        if (IsJson(response) && JsonNode.Parse(text) is JsonObject json)
        {
            foreach (var name in PerRequest)
            {
                json.Remove(name);
            }

            code = json["code"]?.GetValue<string>();
            text = json.ToJsonString(Relaxed);
        }

        foreach (var id in ids.SelectMany(i => new[] { i, Uri.UnescapeDataString(i) }).Where(i => i.Length > 0).Distinct().OrderByDescending(i => i.Length))
        {
            text = text.Replace(id, "{id}", StringComparison.Ordinal);
        }

        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, code, text);
    }

    /// <summary>
    /// The body as a person would read it: JSON with its \u escapes undone, an iCalendar feed with its folded lines
    /// joined and its commas unescaped; anything else as sent.
    /// </summary>
    public static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return IsJson(response) && text.Length > 0 ? JsonNode.Parse(text)?.ToJsonString(Relaxed) ?? text
            : response.Content.Headers.ContentType?.MediaType == "text/calendar" ? text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal)
            : text;
    }

    /// <summary>Whether the answer says the request succeeded.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
}
