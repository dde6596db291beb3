using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>Reading request JSON the way Graph does: property names case-insensitively ("Message" or "message").</summary>
internal static class FakeJson
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    // Graph answers in UTF-8 without escaping å, ä, ö.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request body (kept by the pipeline) as a case-insensitive JSON object; null when it is not one.</summary>
    public static JsonObject? Body(HttpContext context)
    {
        var body = context.Items[FakeGraphPipeline.BodyKey] as string;
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body, CaseInsensitive) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The JSON text of <paramref name="node"/> as Graph writes it.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Unescaped);

    /// <summary>A detached, immutable copy of <paramref name="node"/> for handing to tests.</summary>
    public static JsonElement Element(JsonNode node) => JsonElement.Parse(node.ToJsonString());

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Boolean(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
