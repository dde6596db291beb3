using System.Net;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>
/// /beslut a page at a time: 50 rows by default with the decisions not yet final first, Swedish paging links that keep
/// the filters, the count per status as links; a bad page or page size is a 400 page saying why.
/// </summary>
public sealed class BeslutPagingPageTests : IClassFixture<BeslutPagingPageTests.Fixture>
{
    private const int Year = 2032;
    private readonly ArshjulWebFactory _factory;

    public BeslutPagingPageTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.Factory;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Board_SixtyDecisions_ShowsTheFirstFiftyOpenOnes_WithPagingLinksAndTotals()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync($"/beslut?year={Year}", Ct);

        Assert.Equal(SixtyDecisions.InBoardOrder(Year, 0, 50), ReferencesOn(page));
        Assert.Contains("Visar 1–50 av 60 beslut", page, StringComparison.Ordinal);
        Assert.Contains("Sida 1 av 2", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/beslut?year={Year}&amp;page=2\" rel=\"next\">Nästa ›</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Föregående", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/beslut?year={Year}&amp;status=decided\">Beslutat: 55</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/beslut?year={Year}&amp;status=cancelled\">Avbrutet: 5</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_SecondPageWithAPageSize_ShowsTheRest_AndLinksBackKeepingTheSize()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync($"/beslut?year={Year}&page=3&pageSize=25", Ct);

        Assert.Equal(SixtyDecisions.InBoardOrder(Year, 50, 10), ReferencesOn(page));
        Assert.Contains("Visar 51–60 av 60 beslut", page, StringComparison.Ordinal);
        Assert.Contains("Sida 3 av 3", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/beslut?year={Year}&amp;page=2&amp;pageSize=25\" rel=\"prev\">‹ Föregående</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nästa", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "Sidan (page) måste vara ett heltal från 1, inte &#x27;0&#x27;.")]
    [InlineData("page=sista", "Sidan (page) måste vara ett heltal från 1, inte &#x27;sista&#x27;.")]
    [InlineData("pageSize=1000", "Antal per sida (pageSize) måste vara ett heltal från 1 till 500, inte &#x27;1000&#x27;.")]
    public async Task Board_BadPaging_Is400SayingWhy_WithNoRows(string query, string reason)
    {
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var response = await client.GetAsync($"/beslut?year={Year}&{query}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Empty(ReferencesOn(html));
        Assert.Contains($"<a href=\"/beslut?year={Year}\">Visa första sidan</a>", html, StringComparison.Ordinal);
    }

    /// <summary>The decision references linked in the table rows, in order.</summary>
    private static List<string> ReferencesOn(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, "<td data-label=\"Diarienr\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value)];

    /// <summary>A web app with <see cref="SixtyDecisions"/> due in <see cref="Year"/>.</summary>
    public sealed class Fixture() : SixtyDecisionsFixture(Year);
}
