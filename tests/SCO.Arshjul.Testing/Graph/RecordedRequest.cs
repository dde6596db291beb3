using System.Text.Json;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>One request the fake Graph server answered (or gave up on), as it arrived.</summary>
/// <param name="Path">The decoded path, e.g. <c>/v1.0/users/kansli@sco.se/events</c>.</param>
/// <param name="Query">The query string without its leading <c>?</c>, or null when there is none.</param>
/// <param name="Headers">The request headers (names case-insensitive; repeated values joined by ",").</param>
/// <param name="Body">The raw request body ("" when there is none).</param>
/// <param name="Json">The body parsed as JSON, or null when it is empty or not JSON.</param>
/// <param name="ClockTime">The injected clock's reading when the request arrived.</param>
/// <param name="WallStart">Real time at arrival, for judging concurrency.</param>
/// <param name="WallEnd">Real time when the pipeline finished with it.</param>
/// <param name="StatusCode">The status sent; 0 when the connection was dropped without an answer.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    JsonDocument? Json,
    DateTimeOffset ClockTime,
    DateTimeOffset WallStart,
    DateTimeOffset WallEnd,
    int StatusCode);
