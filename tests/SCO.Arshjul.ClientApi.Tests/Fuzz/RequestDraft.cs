using System.Text.RegularExpressions;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// A request being built: first valid (path values, some query values, a body with every property, all from
/// <see cref="FuzzTargets"/>), then broken by one or two <see cref="FuzzStrategy"/>s.
/// </summary>
internal sealed partial class RequestDraft
{
    public RequestDraft(ApiOperation operation, FuzzTargets targets, Random random)
    {
        Operation = operation;
        Targets = targets;
        Method = operation.Method;
        var segments = operation.Template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            foreach (Match parameter in Parameter().Matches(segments[i]))
            {
                var field = operation.Path.FirstOrDefault(p => p.Name == parameter.Groups[1].Value) ?? new ApiField(parameter.Groups[1].Value, FieldType.Text);
                PathValues[field.Name] = targets.PathValue($"{segments[i - 1]}/{{{field.Name}}}", field, random);
            }
        }

        Query = [.. operation.Query.Where(_ => random.Next(10) < 6).Select(q => KeyValuePair.Create(q.Name, targets.QueryValue(q, random)))];
        if (operation.Body is { } body)
        {
            Fields = [.. body.Select(f => KeyValuePair.Create(f.Name, targets.BodyValue(f, random)))];
            ContentType = "application/json";
        }
    }

    public ApiOperation Operation { get; }

    /// <summary>Where the valid values came from.</summary>
    public FuzzTargets Targets { get; }

    public string Method { get; set; }

    /// <summary>Path parameter → value as it goes on the wire (percent-encoded where needed).</summary>
    public Dictionary<string, string> PathValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Query name → value, both as they go on the wire; a name may come twice.</summary>
    public List<KeyValuePair<string, string>> Query { get; }

    /// <summary>The body's properties as raw JSON values, in order; null for an operation without a body.</summary>
    public List<KeyValuePair<string, string>>? Fields { get; }

    /// <summary>Bytes sent instead of <see cref="Fields"/> when set.</summary>
    public byte[]? RawBody { get; set; }

    public string? ContentType { get; set; }

    /// <summary>When set, the request goes without the persona's token and with this Authorization header (empty: none).</summary>
    public string? Authorization { get; set; }

    /// <summary>An Accept header to send, or null for none.</summary>
    public string? Accept { get; set; }

    /// <summary>The body as compact JSON text (the properties as they stand).</summary>
    public string Json => JsonText.Object(Fields ?? []);

    /// <summary>The fields of the body the server reads, of <paramref name="types"/> (all when none given).</summary>
    public List<ApiField> BodyFields(params FieldType[] types) =>
        [.. (Operation.Body ?? []).Where(f => types.Length == 0 || types.Contains(f.Type))];

    /// <summary>
    /// Sets property <paramref name="name"/> to <paramref name="json"/>: in the place of its first occurrence, its
    /// duplicates dropped (the server reads names case-insensitively, and the last one wins), or added.
    /// </summary>
    public void Set(string name, string json)
    {
        var index = Fields!.FindIndex(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        Fields.RemoveAll(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        Fields.Insert(index < 0 ? Fields.Count : index, KeyValuePair.Create(name, json));
    }

    public FuzzRequest Build(int index, string persona, IReadOnlyList<string> strategies, bool mustReject)
    {
        var path = Parameter().Replace(Operation.Template, m => PathValues[m.Groups[1].Value]);
        if (Query.Count > 0)
        {
            path += "?" + string.Join("&", Query.Select(q => $"{q.Key}={q.Value}"));
        }

        var body = RawBody ?? (Fields is null ? null : JsonText.ObjectBytes(Fields));
        return new FuzzRequest(index, Operation.Name, Authorization is null ? persona : FuzzRequest.Anonymous, Method, path, body, ContentType, Authorization, Accept, strategies, mustReject);
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
