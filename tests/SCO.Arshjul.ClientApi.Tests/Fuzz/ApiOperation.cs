namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// One operation of the app's OpenAPI document: its method and route template, its parameters, the properties of its
/// JSON body (null when it takes none) and every method its route answers (to pick one it does not).
/// </summary>
public sealed record ApiOperation(
    string Method,
    string Template,
    IReadOnlyList<ApiField> Path,
    IReadOnlyList<ApiField> Query,
    IReadOnlyList<ApiField>? Body,
    IReadOnlyList<string> MethodsOfRoute)
{
    /// <summary>E.g. <c>POST /api/v1/orgs/{org}/meetings/{id}/cancel</c>.</summary>
    public string Name => $"{Method} {Template}";

    /// <summary>Anything but a GET.</summary>
    public bool IsWrite => Method != "GET";

    /// <summary>The calendar feeds: no sign-in, a key in the address instead.</summary>
    public bool IsAnonymous => Template.StartsWith("/feeds/", StringComparison.Ordinal);
}
