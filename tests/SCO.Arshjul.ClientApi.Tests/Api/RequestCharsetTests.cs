using System.Net;
using System.Text;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// Issue 6 (bad-input campaign): a JSON body in a character set nobody knows was a 500 (ASP.NET Core throws while
/// binding it); now it is a 415 problem and nothing is created. A known charset is read as before.
/// </summary>
public sealed class RequestCharsetTests : IClassFixture<ArshjulWebFactory>
{
    private const string Meetings = "/api/v1/orgs/sco/meetings";
    private readonly ArshjulWebFactory _factory;

    public RequestCharsetTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("application/json; charset=nope")]
    [InlineData("application/merge-patch+json; charset=x-okand")]
    public async Task Post_JsonInAnUnknownCharset_Is415Problem_AndCreatesNothing(string contentType)
    {
        var kansli = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);
        var before = await kansli.GetStringAsync(Meetings, Ct);

        var response = await kansli.PostAsync(Meetings, Meeting("Teckenmöte", contentType), Ct);

        await Problems.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "request.charset-unsupported");
        Assert.Equal(before, await kansli.GetStringAsync(Meetings, Ct));
    }

    [Fact]
    public async Task Post_JsonInUtf8NamedAsCharset_IsRead()
    {
        var kansli = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);

        var response = await kansli.PostAsync(Meetings, Meeting("Teckenmöte i UTF-8", "application/json; charset=UTF-8"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static ByteArrayContent Meeting(string title, string contentType)
    {
        var json = $$"""{"title":"{{title}}","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-22T09:00:00","end":"2026-12-22T10:00:00"}""";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
