using System.Text.Json;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// The operations the campaign fuzzes, read from the app's own OpenAPI document (<c>/openapi/v1.json</c>): every
/// operation under <c>/api/</c> and <c>/feeds/</c>, so a new endpoint is fuzzed without editing the tests.
/// </summary>
public static class OpenApiSurface
{
    private static readonly string[] Prefixes = ["/api/", "/feeds/"];

    /// <summary>The operations of <paramref name="document"/>, in the document's order.</summary>
    public static IReadOnlyList<ApiOperation> Read(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!Prefixes.Any(p => path.Name.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var methods = path.Value.EnumerateObject().Select(m => m.Name.ToUpperInvariant()).ToList();
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : new List<JsonElement>();
                operations.Add(new ApiOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    Parameters(parameters, "path", schemas),
                    Parameters(parameters, "query", schemas),
                    Body(operation.Value, schemas),
                    methods));
            }
        }

        return operations;
    }

    private static List<ApiField> Parameters(List<JsonElement> parameters, string location, JsonElement schemas) =>
    [
        .. parameters
            .Where(p => p.GetProperty("in").GetString() == location)
            .Select(p => new ApiField(p.GetProperty("name").GetString()!, TypeOf(p.GetProperty("schema"), schemas))),
    ];

    private static List<ApiField>? Body(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body)
            || !body.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return null;
        }

        var schema = Resolve(json.GetProperty("schema"), schemas);
        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
        return schema.TryGetProperty("properties", out var properties)
            ? [.. properties.EnumerateObject().Select(p => new ApiField(p.Name, TypeOf(p.Value, schemas), required.Contains(p.Name)))]
            : [];
    }

    /// <summary>The field type of a schema: NodaTime types by their schema name, else by the JSON type (null aside).</summary>
    private static FieldType TypeOf(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()![(reference.GetString()!.LastIndexOf('/') + 1)..];
            return name switch
            {
                "LocalDate" => FieldType.LocalDate,
                "LocalDateTime" => FieldType.LocalDateTime,
                "Instant" => FieldType.Instant,
                _ => TypeOf(Resolve(schema, schemas), schemas),
            };
        }

        foreach (var alternatives in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(alternatives, out var options))
            {
                return options.EnumerateArray().Where(o => !IsNull(o)).Select(o => TypeOf(o, schemas)).FirstOrDefault();
            }
        }

        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString())] : [type.GetString()]
            : Array.Empty<string?>();
        return types.Contains("integer") ? FieldType.Integer
            : types.Contains("boolean") ? FieldType.Boolean
            : types.Contains("array") ? FieldType.TextList
            : FieldType.Text;
    }

    private static bool IsNull(JsonElement schema) => schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.TryGetProperty("$ref", out var reference)
            ? schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;
}
