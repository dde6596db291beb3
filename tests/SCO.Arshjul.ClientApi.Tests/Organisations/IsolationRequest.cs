using System.Text;
using System.Text.RegularExpressions;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Tests.Fuzz;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// One operation of the OpenAPI document filled in with <see cref="SeededItems"/>: the route's organisation, its path
/// values (variant <c>n</c> where a segment has several), the query and body values that name items, and for a
/// calendar feed the key of that feed computed for <c>keyOrg</c> (the feeds' credential). Everything else gets a valid
/// value (<see cref="FuzzTargets.ValidBodyValues"/>), so the request reaches the operation's own checks.
/// </summary>
public sealed partial record IsolationRequest(string Operation, string Method, string Path, string? Json)
{
    private static readonly Dictionary<string, string> CommonQuery = new(StringComparer.Ordinal) { ["from"] = "2026-12-01", ["to"] = "2026-12-15" };
    private static readonly Dictionary<string, string[]> CommonBody = FuzzTargets.ValidBodyValues("-", "-", "-");

    /// <summary>Whether <paramref name="operation"/> takes anything <see cref="SeededItems"/> fills in (beyond the organisation).</summary>
    public static bool NamesItems(ApiOperation operation, SeededItems ids)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(ids);
        return Segments(operation).Any(s => s.Name != "org" && ids.Path.ContainsKey(s.Key))
            || operation.Query.Any(q => ids.Query.ContainsKey(q.Name))
            || (operation.Body ?? []).Any(f => ids.Body.ContainsKey(f.Name));
    }

    /// <summary>How many variants the operation has with <paramref name="ids"/>: the most of any of its path segments.</summary>
    public static int Variants(ApiOperation operation, SeededItems ids) => Segments(operation).Select(s => ids.Variants(s.Key)).DefaultIfEmpty(1).Max();

    /// <summary>The request: <paramref name="operation"/> under <paramref name="org"/>'s route with <paramref name="ids"/>'s items.</summary>
    /// <param name="filters">Whether the query names items too (a body, a year), or the lists come whole.</param>
    public static IsolationRequest Build(ApiOperation operation, SeededItems ids, int variant, string org, string keyOrg, FeedKeys keys, bool filters)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(keys);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, key, type) in Segments(operation))
        {
            values[name] = name == "org" ? org
                : ids.Path.TryGetValue(key, out var variants) ? variants[Math.Min(variant, variants.Length - 1)]
                : FuzzTargets.FallbackJson(type).Trim('"');
        }

        var path = Parameter().Replace(operation.Template, m => values[m.Groups[1].Value]);
        var query = new List<string>();
        foreach (var field in operation.Query)
        {
            if (field.Name == "key" && operation.IsAnonymous)
            {
                var (kind, id) = FeedOf(operation, values);
                query.Add($"key={keys.KeyFor(keyOrg, kind, Uri.UnescapeDataString(id))}");
            }
            else if ((filters && ids.Query.TryGetValue(field.Name, out var named)) || CommonQuery.TryGetValue(field.Name, out named))
            {
                query.Add($"{field.Name}={Uri.EscapeDataString(named)}");
            }
        }

        var json = operation.Body is { } body
            ? JsonText.Object(body.Select(f => KeyValuePair.Create(
                f.Name, ids.Body.TryGetValue(f.Name, out var named) ? named : CommonBody.TryGetValue(f.Name, out var valid) ? valid[0] : FuzzTargets.FallbackJson(f.Type))))
            : null;
        return new IsolationRequest(operation.Name, operation.Method, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", json);
    }

    /// <summary>The message to send.</summary>
    public HttpRequestMessage ToMessage() => new(new HttpMethod(Method), Path)
    {
        Content = Json is null ? null : new StringContent(Json, Encoding.UTF8, "application/json"),
    };

    /// <summary>For failure messages.</summary>
    public override string ToString() => $"{Method} {Path}{(Json is null ? string.Empty : $" {Json}")}";

    // A feed's kind and id: the segment before the id, e.g. person/{personId}.ics.
    private static (string Kind, string Id) FeedOf(ApiOperation operation, Dictionary<string, string> values)
    {
        var (name, key, _) = Segments(operation).Single(s => s.Name != "org");
        return (key[..key.IndexOf('/', StringComparison.Ordinal)], values[name]);
    }

    // Each path parameter with the segment before it, as FuzzTargets names them ("meetings/{id}").
    private static IEnumerable<(string Name, string Key, FieldType Type)> Segments(ApiOperation operation)
    {
        var segments = operation.Template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            foreach (Match parameter in Parameter().Matches(segments[i]))
            {
                var name = parameter.Groups[1].Value;
                yield return (name, $"{segments[i - 1]}/{{{name}}}", operation.Path.FirstOrDefault(p => p.Name == name)?.Type ?? FieldType.Text);
            }
        }
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
