using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary><c>/api/v1/orgs/{org}/items/{id}/history</c>: the audit trail of any item, for those who read everything.</summary>
public sealed class HistoryEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Items = "/api/v1/orgs/sco/items";
    private readonly ArshjulWebFactory _factory;

    public HistoryEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    // One client per person for the whole class: an account holds at most 20 active API tokens.
    private static readonly ConcurrentDictionary<(ArshjulWebFactory, string), Task<HttpClient>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string person) => Clients.GetOrAdd((_factory, person), key => key.Item1.ClientAsAsync(key.Item2));

    [Theory]
    [InlineData("meeting/2026-12-11-styrelsemote", "meeting/2026-12-11-styrelsemote", "meeting.planned")]
    [InlineData("meeting%2F2026-12-11-styrelsemote", "meeting/2026-12-11-styrelsemote", "meeting.planned")]
    [InlineData("internal-control/2026", "internal-control/2026", "internal-control.planned")]
    [InlineData("sam-task/2026-12-11-sam-uppfoljning", "sam-task/2026-12-11-sam-uppfoljning", "sam-task.planned")]
    [InlineData("deadline/2026-12-30-statusrapport", "deadline/2026-12-30-statusrapport", "deadline.planned")]
    [InlineData("wheel/2026", "wheel/2026", "wheel.generated")]
    [InlineData("wheel%2F2025", "wheel/2025", "wheel.generated")]
    [InlineData("roster", "roster", "roster.imported")]
    public async Task Get_EachKindOfItem_GivesItsAuditTrail(string path, string item, string firstAction)
    {
        var client = await ClientAsync(TestPeople.Revisor);

        var history = await client.GetFromJsonAsync<JsonElement>($"{Items}/{path}/history", Ct);

        Assert.Equal(item, history.GetProperty("item").GetString());
        var first = history.GetProperty("entries")[0];
        Assert.Equal(firstAction, first.GetProperty("action").GetString());
        Assert.Equal("system:config", first.GetProperty("actor").GetString());
        Assert.Equal("2026-11-23T08:00:00Z", first.GetProperty("at").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Get_DecisionByItsUrlEncodedReference_ShowsWhoChangedWhat()
    {
        var chef = await ClientAsync(TestPeople.Forbundschef);
        var recorded = await chef.PostAsJsonAsync(
            "/api/v1/orgs/sco/decisions",
            new { reference = "SCÖ 2026-8.4", meetingKey = "sco/meeting/2026-11-13-styrelsemote", title = "Rutin för attest", responsible = TestPeople.Forbundschef, due = "2027-03-31" },
            Ct);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var step = await chef.PostAsJsonAsync($"/api/v1/orgs/sco/decisions/{Uri.EscapeDataString("SCÖ 2026-8.4")}/status", new { status = "inProgress" }, Ct);
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var revisor = await ClientAsync(TestPeople.Revisor);

        var bySegments = await revisor.GetFromJsonAsync<JsonElement>($"{Items}/decision/{Uri.EscapeDataString("SCÖ 2026-8.4")}/history", Ct);
        var asOneSegment = await revisor.GetFromJsonAsync<JsonElement>($"{Items}/{Uri.EscapeDataString("decision/SCÖ 2026-8.4")}/history", Ct);

        Assert.Equal("decision/SCÖ 2026-8.4", bySegments.GetProperty("item").GetString());
        var entries = bySegments.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["decision.recorded", "decision.status-changed"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal("sco/annika-westerlund", e.GetProperty("actor").GetString()));
        Assert.Equal(bySegments.GetRawText(), asOneSegment.GetRawText());
    }

    [Theory]
    [InlineData("account/annika-westerlund", "history.kind-unknown")]
    [InlineData("protokoll/2026-1", "history.kind-unknown")]
    [InlineData("meeting", "history.item-invalid")]
    [InlineData("roster/sco", "history.item-invalid")]
    [InlineData("wheel/tjugo", "year.out-of-range")]
    [InlineData("internal-control/1999", "year.out-of-range")]
    public async Task Get_MalformedId_Is400Problem(string path, string code)
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Items}/{path}/history", Ct), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Get_OversizeId_Is400Problem()
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Items}/meeting/{new string('x', 201)}/history", Ct), HttpStatusCode.BadRequest, "history.item-invalid");
    }

    [Theory]
    [InlineData("meeting/2026-12-12-finns-inte")]
    [InlineData("decision/SC%C3%96%201999-1.1")]
    [InlineData("internal-control/2031")]
    [InlineData("sam-task/2026-12-24-tomtebesok")]
    [InlineData("deadline/2026-12-24-onskelista")]
    [InlineData("wheel/2031")]
    public async Task Get_ItemThatDoesNotExist_Is404Problem(string path)
    {
        var client = await ClientAsync(TestPeople.Kansli);

        await Problems.AssertAsync(await client.GetAsync($"{Items}/{path}/history", Ct), HttpStatusCode.NotFound, "history.not-found");
    }

    [Theory]
    [InlineData(ArshjulRole.Forbundschef, HttpStatusCode.OK)]
    [InlineData(ArshjulRole.Kansli, HttpStatusCode.OK)]
    [InlineData(ArshjulRole.Styrelse, HttpStatusCode.OK)]
    [InlineData(ArshjulRole.Internkontrollant, HttpStatusCode.OK)]
    [InlineData(ArshjulRole.Revisor, HttpStatusCode.OK)]
    [InlineData(ArshjulRole.Beredningsgrupp, HttpStatusCode.Forbidden)]
    [InlineData(ArshjulRole.Medlemsrad, HttpStatusCode.Forbidden)]
    public async Task Get_OnlyThoseWhoReadEverything(string role, HttpStatusCode expected)
    {
        var client = await ClientAsync(TestPeople.With(role));

        var response = await client.GetAsync($"{Items}/meeting/2026-12-04-beredningsgruppsmote/history", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherOrganisation_Is403Problem()
    {
        var client = await ClientAsync(TestPeople.Revisor);

        await Problems.AssertAsync(await client.GetAsync("/api/v1/orgs/other/items/roster/history", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
    }
}
