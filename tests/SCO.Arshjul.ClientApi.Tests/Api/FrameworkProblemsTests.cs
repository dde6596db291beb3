using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// Issue 6 (bad-input campaign): the refusals ASP.NET Core writes itself were problem+json without a detail or code
/// (English titles); now each has a Swedish title and detail and a code, like the API's own problems.
/// </summary>
public sealed class FrameworkProblemsTests : IClassFixture<ArshjulWebFactory>
{
    private const string Api = "/api/v1/orgs/sco";
    private readonly ArshjulWebFactory _factory;

    public FrameworkProblemsTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, "GET", "/tokens", null, HttpStatusCode.Unauthorized, "auth.required")]
    [InlineData(TestPeople.Revisor, "POST", "/meetings/2026-12-11-styrelsemote/cancel", "application/json", HttpStatusCode.Forbidden, "auth.forbidden")]
    [InlineData(TestPeople.Kansli, "GET", "/finns-inte", null, HttpStatusCode.NotFound, "route.not-found")]
    [InlineData(TestPeople.Kansli, "PUT", "/meetings", "application/json", HttpStatusCode.MethodNotAllowed, "route.method-not-allowed")]
    [InlineData(TestPeople.Kansli, "POST", "/meetings/2026-12-11-styrelsemote/cancel", "text/plain", HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type")]
    public async Task Refusal_WrittenByTheFramework_IsAProblemWithSwedishDetailAndCode(
        string? person, string method, string path, string? contentType, HttpStatusCode status, string code)
    {
        var client = person is null
            ? _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await ApiSeed.ClientAsync(_factory, person);
        using var request = new HttpRequestMessage(new HttpMethod(method), Api + path)
        {
            Content = contentType is null ? null : new StringContent("""{"reason":"Prov"}""", Encoding.UTF8, contentType),
        };

        await Problems.AssertAsync(await client.SendAsync(request, Ct), status, code);
    }

    // Issue 6 (bad-input campaign): with an Accept that names no JSON, these refusals were English text/plain, and a
    // malformed body an empty 400.
    [Theory]
    [InlineData("text/html", "GET", "/finns-inte", null, HttpStatusCode.NotFound, "route.not-found")]
    [InlineData("application/xml", "PUT", "/meetings", null, HttpStatusCode.MethodNotAllowed, "route.method-not-allowed")]
    [InlineData("image/png", "POST", "/meetings", "{", HttpStatusCode.BadRequest, "request.malformed")]
    public async Task Refusal_ToAClientAcceptingNoJson_IsStillAProblem(string accept, string method, string path, string? body, HttpStatusCode status, string code)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);
        using var request = new HttpRequestMessage(new HttpMethod(method), Api + path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        await Problems.AssertAsync(await client.SendAsync(request, Ct), status, code);
    }

    [Fact]
    public async Task CalendarFeed_WithAWrongKey_Is404ProblemWithSwedishDetail()
    {
        using var anonymous = _factory.CreateClient();

        var problem = await Problems.AssertAsync(await anonymous.GetAsync("/feeds/sco/body/styrelse.ics?key=fel", Ct), HttpStatusCode.NotFound, "route.not-found");

        Assert.Equal("Finns inte", problem.GetProperty("title").GetString());
    }
}
