using System.Net;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Notifications.Composition;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>The item links notifications end with (<c>{WebBaseUrl}/{org}/{kind}/{id}</c>) redirect to the item's page.</summary>
public sealed class ObjektRedirectTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public ObjektRedirectTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sco/meeting/2026-12-11-styrelsemote", "/moten/2026-12-11-styrelsemote")]
    [InlineData("sco/decision/SCÖ 2024-2.13", "/beslut/SC%C3%96%202024-2.13")]
    [InlineData("sco/internal-control/2026", "/internkontroll/2026")]
    [InlineData("sco/sam-task/2026-05-skyddsrond", "/arbetsmiljo")]
    [InlineData("sco/deadline/2026-04-30-arsredovisning", "/arshjul")]
    public async Task ItemLink_RedirectsToTheItemsPage(string itemKey, string page)
    {
        var client = await _factory.ClientAsAsync(TestPeople.Ledamot);
        var link = ItemLinks.For(new Uri("http://localhost"), itemKey)!;

        var response = await client.GetAsync(link.PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DecisionLink_WithItsEscapedReference_IsTheOneInTheIssue()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var response = await client.GetAsync("/sco/decision/SC%C3%96%202024-2.13", Ct);

        Assert.Equal("/beslut/SC%C3%96%202024-2.13", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnotherOrganisationsItem_Is403()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var response = await client.GetAsync("/annat-forbund/meeting/2026-12-11-styrelsemote", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Ingen behörighet</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Huvudmeny\">", page, StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task OtherKinds_AreNotItemLinks_AndThePagesKeepTheirRoutes()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var account = await client.GetAsync("/sco/account/annika-westerlund", Ct);
        var board = await client.GetAsync("/beslut/export", Ct);

        Assert.Equal(HttpStatusCode.NotFound, account.StatusCode);
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }

    [Fact]
    public async Task ItemLink_WithoutSignIn_GoesToSignInAndBack()
    {
        var client = Browserless.Client(_factory);

        var response = await client.GetAsync("/sco/meeting/2026-12-11-styrelsemote", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggning?ReturnUrl=%2Fsco%2Fmeeting%2F2026-12-11-styrelsemote", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
