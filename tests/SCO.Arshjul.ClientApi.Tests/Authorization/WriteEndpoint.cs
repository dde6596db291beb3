namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>
/// One write endpoint of the API in the authorization matrix: its method and route (as mapped, under
/// <c>/api/v1/orgs/{org}/</c>), the roles that may call it, and the request a role sends (path and JSON body, or
/// null for none) built from the data <see cref="AuthorizationMatrixFixture"/> seeded for that role.
/// </summary>
/// <param name="Case">Tells two rows of one route apart (e.g. "own task"); empty otherwise.</param>
public sealed record WriteEndpoint(
    string Method,
    string Route,
    IReadOnlyList<string> Allowed,
    Func<AuthorizationMatrixFixture, string, (string Path, object? Body)> Request,
    string Case = "")
{
    /// <summary>The row's name in test output, e.g. <c>POST meetings/{id}/cancel</c>.</summary>
    public string Name => Case.Length == 0 ? $"{Method} {Route}" : $"{Method} {Route} ({Case})";
}
