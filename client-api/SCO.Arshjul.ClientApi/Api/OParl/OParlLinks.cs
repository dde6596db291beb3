using System.Text.Json.Serialization;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>An OParl list's links: absolute addresses of the first, previous, next, last and this page (no previous on the first, no next on the last).</summary>
internal sealed record OParlLinks(
    string First,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prev,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    string Last,
    string Self);
