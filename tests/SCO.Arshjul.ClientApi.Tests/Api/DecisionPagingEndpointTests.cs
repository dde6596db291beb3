using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Fuzz;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// <c>GET /api/v1/orgs/{org}/decisions</c> a page at a time: 50 by default, decisions not yet final first, the total
/// and the count per status; bad paging is a 400 problem naming the parameter and changes nothing.
/// </summary>
public sealed class DecisionPagingEndpointTests : IClassFixture<DecisionPagingEndpointTests.Fixture>
{
    private const int Year = 2031;
    private const string Decisions = "/api/v1/orgs/sco/decisions";
    private readonly ArshjulWebFactory _factory;

    public DecisionPagingEndpointTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.Factory;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_SixtyDecisions_FirstPageIsFiftyNotFinalFirst_WithTheTotalAndCountPerStatus()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetFromJsonAsync<JsonElement>($"{Decisions}?year={Year}", Ct);

        Assert.Equal(SixtyDecisions.InBoardOrder(Year, 0, 50), References(page));
        Assert.Equal((1, 50, 60, 2), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("total").GetInt32(), page.GetProperty("pageCount").GetInt32()));
        Assert.Equal(
            ["decided 55", "inProgress 0", "executed 0", "reportedBack 0", "cancelled 5"],
            page.GetProperty("totals").EnumerateArray().Select(t => $"{t.GetProperty("status").GetString()} {t.GetProperty("count").GetInt32()}"));
    }

    [Fact]
    public async Task List_SecondPage_HoldsTheRestWithTheFinalLast_AndAPagePastTheLastIsEmpty()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var second = await client.GetFromJsonAsync<JsonElement>($"{Decisions}?year={Year}&page=2", Ct);
        var past = await client.GetFromJsonAsync<JsonElement>($"{Decisions}?year={Year}&page=3", Ct);

        Assert.Equal(SixtyDecisions.InBoardOrder(Year, 50, 10), References(second));
        Assert.Empty(References(past));
        Assert.Equal(60, past.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_StatusAndPageSize_Combine_AndTheOtherStatusesAreStillCounted()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var page = await client.GetFromJsonAsync<JsonElement>($"{Decisions}?year={Year}&status=cancelled&pageSize=2&page=2", Ct);

        Assert.Equal([SixtyDecisions.Reference(Year, 3), SixtyDecisions.Reference(Year, 4)], References(page));
        Assert.Equal((5, 3), (page.GetProperty("total").GetInt32(), page.GetProperty("pageCount").GetInt32()));
        Assert.Equal(55, page.GetProperty("totals")[0].GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page.invalid")]
    [InlineData("page=-1", "page.invalid")]
    [InlineData("page=zwei", "page.invalid")]
    [InlineData("page=", "page.invalid")]
    [InlineData("page=1.5", "page.invalid")]
    [InlineData("page=99999999999", "page.invalid")]
    [InlineData("pageSize=0", "page-size.invalid")]
    [InlineData("pageSize=501", "page-size.invalid")]
    [InlineData("pageSize=fifty", "page-size.invalid")]
    [InlineData("page=2&pageSize=-50", "page-size.invalid")]
    public async Task List_BadPaging_Is400ProblemNamingIt_AndChangesNothing(string query, string code)
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);
        using var stored = StoredState.Of(_factory);
        var before = (stored.Read(), await client.GetStringAsync($"{Decisions}?year={Year}", Ct));

        var response = await client.GetAsync($"{Decisions}?year={Year}&{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(code == "page.invalid" ? "(page)" : "(pageSize)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(StoredState.Diff(before.Item1, stored.Read()));
        Assert.Equal(before.Item2, await client.GetStringAsync($"{Decisions}?year={Year}", Ct));
    }

    private static List<string?> References(JsonElement page) =>
        page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("summary").GetProperty("reference").GetString()).ToList();

    /// <summary>A web app with <see cref="SixtyDecisions"/> due in <see cref="Year"/>.</summary>
    public sealed class Fixture() : SixtyDecisionsFixture(Year);
}
