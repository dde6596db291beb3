namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>
/// One read endpoint of the API that not everyone of the organisation may call, in the authorization matrix: its route
/// (as mapped, under <c>/api/v1/orgs/{org}/</c>), the roles that may call it, and the path (with query) a role asks for.
/// </summary>
public sealed record ReadEndpoint(string Route, IReadOnlyList<string> Allowed, Func<AuthorizationMatrixFixture, string, string> Path)
{
    /// <summary>The row's name in test output, e.g. <c>GET preview</c>.</summary>
    public string Name => $"GET {Route}";
}
