using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Tests.Support;
using static SCO.Arshjul.ClientApi.Identity.ArshjulRole;

namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>
/// Every write endpoint of the API × every role: allowed (anything but 401/403, and no server error) or 403, as issue 5
/// says — förbundschef and kansli manage everything; internkontrollanter and the förbundschef check off controls (not the kansli, whose work they control); styrelse reads everything
/// and acts on their own items; beredningsgrupp and medlemsråd read their meetings; revisorer change nothing. Everyone
/// manages their own API tokens. A write endpoint of the API missing from <see cref="Table"/>, or a row whose route is
/// not mapped, fails <see cref="Table_CoversEveryWriteEndpointOfTheApi"/>. The read endpoints for the managers alone
/// (the outbox, the preview of issue 7) are in <see cref="Reads"/>: 200 for them, 403 for everyone else.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixFixture>
{
    private static readonly string[] Managers = [Forbundschef, Kansli];
    private static readonly string[] Everyone = [.. All];

    /// <summary>The table: one line per write endpoint (and per case of one that treats own items differently).</summary>
    public static IReadOnlyList<WriteEndpoint> Table { get; } =
    [
        new("POST", "decisions", Managers, (_, r) => ("decisions", new { reference = $"SCÖ 2026-N.{r}", meetingKey = "sco/meeting/2026-11-27-styrelse", title = "Nytt uppdrag", responsible = TestPeople.Forbundschef, due = "2027-03-31" })),
        new("POST", "decisions/{id}/status", Managers, (_, r) => ($"decisions/{Uri.EscapeDataString(AuthorizationMatrixFixture.Decision(r))}/status", new { status = "inProgress", note = "Påbörjat" })),
        new("POST", "decisions/{id}/notes", Managers, (_, r) => ($"decisions/{Uri.EscapeDataString(AuthorizationMatrixFixture.Decision(r))}/notes", new { note = "Lägesrapport" })),
        new("POST", "decisions/{id}/notes", Everyone, (_, r) => ($"decisions/{Uri.EscapeDataString(AuthorizationMatrixFixture.Decision(r, own: true))}/notes", new { note = "Lägesrapport från den ansvariga" }), "own decision"),
        new("POST", "meetings", Managers, (_, r) => ("meetings", new { title = $"Extra styrelsemöte {r}", kind = "boardMeeting", bodies = new[] { "styrelse" }, start = "2026-12-17T13:00:00", end = "2026-12-17T15:00:00" })),
        new("POST", "meetings/{id}/reschedule", Managers, (_, r) => ($"meetings/{AuthorizationMatrixFixture.Meeting("moved", r)}/reschedule", new { start = "2026-12-18T09:00:00", end = "2026-12-18T11:00:00", reason = "Krockar med budgetberedningen" })),
        new("POST", "meetings/{id}/cancel", Managers, (_, r) => ($"meetings/{AuthorizationMatrixFixture.Meeting("cancelled", r)}/cancel", new { reason = "Inga ärenden" })),
        new("POST", "meetings/{id}/held", Managers, (_, r) => ($"meetings/{AuthorizationMatrixFixture.Meeting("held", r)}/held", null)),
        new("POST", "meetings/{id}/minutes-approved", Managers, (_, r) => ($"meetings/{AuthorizationMatrixFixture.Meeting("minutes", r)}/minutes-approved", null)),
        new("POST", "work-environment/tasks/{id}/complete", Managers, (_, r) => ($"work-environment/tasks/{AuthorizationMatrixFixture.SamTask(r)}/complete", new { note = "Protokoll i diariet" })),
        new("POST", "work-environment/tasks/{id}/complete", Everyone, (_, r) => ($"work-environment/tasks/{AuthorizationMatrixFixture.SamTask(r, own: true)}/complete", new { note = "Protokoll i diariet" }), "own task"),
        new("POST", "internal-control/{year}/adopt", Managers, (_, _) => ("internal-control/2026/adopt", null)),
        new("POST", "internal-control/{year}/controls/{controlId}/check", [Forbundschef, Internkontrollant], (f, r) => ($"internal-control/2026/controls/{f.Control(r)}/check", new { result = "ok", comment = "Stickprov utan anmärkning" })),
        new("POST", "notifications/{id}/retry", Managers, (f, r) => ($"notifications/{f.FailedNotification(r)}/retry", null)),
        new("POST", "tokens", Everyone, (_, r) => ("tokens", new { name = $"Skript {r}" })),
        new("DELETE", "tokens/{tokenId}", Everyone, (f, r) => ($"tokens/{f.Token(r)}", null)),
    ];

    /// <summary>
    /// The read endpoints only some roles may call (every other read is open to everyone of the organisation, or to the
    /// readers); a GET that needs the managers' policy and is missing here fails <see cref="Reads_CoverEveryManagersOnlyReadOfTheApi"/>.
    /// </summary>
    public static IReadOnlyList<ReadEndpoint> Reads { get; } =
    [
        new("notifications", Managers, (_, _) => "notifications?limit=5"),
        new("preview", Managers, (_, _) => "preview?from=2026-12-01&to=2026-12-02"),
    ];

    private readonly AuthorizationMatrixFixture _fixture;

    public AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) => _fixture = fixture;

    /// <summary>Every row × every role in <see cref="ArshjulRole.All"/>.</summary>
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in Table)
        {
            foreach (var role in All)
            {
                cases.Add(row.Name, role);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WriteEndpoint_ByRole_IsAllowedOr403(string endpoint, string role)
    {
        var row = Table.Single(r => r.Name == endpoint);
        Assert.True(IsMapped(row), $"{row.Method} /api/v1/orgs/{{org}}/{row.Route} is not mapped (yet): the matrix expects it.");
        var (path, body) = row.Request(_fixture, role);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), $"/api/v1/orgs/{TestPeople.Org}/{path}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };

        using var response = await _fixture.Client(role).SendAsync(request, TestContext.Current.CancellationToken);

        var status = (int)response.StatusCode;
        var said = $"{row.Name} as {role} ({TestPeople.With(role)}): {status} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}";
        if (row.Allowed.Contains(role))
        {
            Assert.True(status is not (401 or 403) && status < 500, $"allowed, but {said}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"expected 403, but {said}");
        }
    }

    /// <summary>Every row of <see cref="Reads"/> × every role in <see cref="ArshjulRole.All"/>.</summary>
    public static TheoryData<string, string> ReadCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in Reads)
        {
            foreach (var role in All)
            {
                cases.Add(row.Name, role);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task ReadEndpoint_ByRole_Is200Or403(string endpoint, string role)
    {
        var row = Reads.Single(r => r.Name == endpoint);

        using var response = await _fixture.Client(role).GetAsync($"/api/v1/orgs/{TestPeople.Org}/{row.Path(_fixture, role)}", TestContext.Current.CancellationToken);

        var said = $"{row.Name} as {role} ({TestPeople.With(role)}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}";
        Assert.True(response.StatusCode == (row.Allowed.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden), said);
    }

    [Fact]
    public void Reads_CoverEveryManagersOnlyReadOfTheApi()
    {
        var mapped = ManagersOnlyReadRoutes().ToHashSet(StringComparer.Ordinal);
        var table = Reads.Where(r => r.Allowed.SequenceEqual(Managers)).Select(r => Key("GET", r.Route)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(mapped.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Table_CoversEveryWriteEndpointOfTheApi()
    {
        var mapped = WriteRoutes().ToHashSet(StringComparer.Ordinal);
        var table = Table.Select(r => Key(r.Method, r.Route)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(table).Order(StringComparer.Ordinal)); // a write endpoint without a row in the table
        Assert.Empty(table.Except(mapped).Order(StringComparer.Ordinal)); // a row whose endpoint is not mapped (yet)
    }

    private bool IsMapped(WriteEndpoint row) => WriteRoutes().Contains(Key(row.Method, row.Route));

    /// <summary>"METHOD route" of every non-GET endpoint under /api/v1/orgs/{org}/, parameters written {}.</summary>
    private IEnumerable<string> WriteRoutes() =>
        from endpoint in _fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let text = endpoint.RoutePattern.RawText ?? string.Empty
        where text.StartsWith("/api/v1/orgs/{org}/", StringComparison.Ordinal)
        from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []
        where method is not ("GET" or "HEAD" or "OPTIONS")
        select Key(method, text["/api/v1/orgs/{org}/".Length..]);

    /// <summary>"GET route" of every GET under /api/v1/orgs/{org}/ that needs the managers' policy.</summary>
    private IEnumerable<string> ManagersOnlyReadRoutes() =>
        from endpoint in _fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let text = endpoint.RoutePattern.RawText ?? string.Empty
        where text.StartsWith("/api/v1/orgs/{org}/", StringComparison.Ordinal)
            && (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false)
            && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ArshjulPolicies.Manage)
        select Key("GET", text["/api/v1/orgs/{org}/".Length..]);

    private static string Key(string method, string route) => $"{method} {Parameter().Replace(route.TrimEnd('/'), "{}")}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
