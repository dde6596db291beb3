using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// <c>/api/v1/orgs/{org}/work-environment</c>: the year's SAM tasks for everyone of the organisation; a task completed
/// with its documentation by a manager or the person responsible, by nobody else, once.
/// </summary>
public sealed class WorkEnvironmentEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Work = "/api/v1/orgs/sco/work-environment";
    private readonly ArshjulWebFactory _factory;

    public WorkEnvironmentEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    // One client per person for the whole class: an account holds at most 20 active API tokens.
    private static readonly ConcurrentDictionary<(ArshjulWebFactory, string), Task<HttpClient>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string person) => Clients.GetOrAdd((_factory, person), key => key.Item1.ClientAsAsync(key.Item2));

    [Fact]
    public async Task Get_Year_ListsItsTasksWithStatusResponsibleAndDue_ForAnyoneOfTheOrganisation()
    {
        var client = await ClientAsync(TestPeople.Medlemsrad);
        var planned = (await _factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(Ct))
            .Count(a => a.Kind == WheelItemKind.WorkEnvironmentTask);

        var year = await client.GetFromJsonAsync<JsonElement>($"{Work}/2026", Ct);

        var tasks = year.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(planned, tasks.Count);
        var skyddsrond = Assert.Single(tasks, t => t.GetProperty("id").GetString() == "2026-11-11-skyddsrond");
        Assert.Equal(("Skyddsrond", "2026-11-11", TestPeople.Forbundschef), (skyddsrond.GetProperty("title").GetString(), skyddsrond.GetProperty("due").GetString(), skyddsrond.GetProperty("responsible").GetString()));
        Assert.Equal("sam-task/2026-11-11-skyddsrond", skyddsrond.GetProperty("item").GetString());
        Assert.All(tasks, t => Assert.StartsWith("2026-", t.GetProperty("due").GetString(), StringComparison.Ordinal));
        var dues = tasks.Select(t => t.GetProperty("due").GetString()).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
    }

    [Theory]
    [InlineData("1999", HttpStatusCode.BadRequest, "year.out-of-range")]
    [InlineData("i-ar", HttpStatusCode.BadRequest, "year.out-of-range")]
    [InlineData("2031", HttpStatusCode.NotFound, "wheel.not-found")]
    public async Task Get_BadOrUngeneratedYear_Is4xxProblem(string year, HttpStatusCode status, string code)
    {
        var client = await ClientAsync(TestPeople.Kansli);

        await Problems.AssertAsync(await client.GetAsync($"{Work}/{year}", Ct), status, code);
    }

    [Fact]
    public async Task Complete_ByTheForbundschef_RecordsTheNote_AndASecondCompleteIs400()
    {
        var chef = await ClientAsync(TestPeople.Forbundschef);

        var done = await chef.PostAsJsonAsync($"{Work}/tasks/2026-11-11-skyddsrond/complete", new { note = "Protokoll skyddsrond 2026-11-11, dnr 31/2026" }, Ct);
        var again = await chef.PostAsJsonAsync($"{Work}/tasks/2026-11-11-skyddsrond/complete", new { note = "En gång till" }, Ct);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await Problems.AssertAsync(again, HttpStatusCode.BadRequest, "sam-task.already-completed");
        var task = await TaskAsync(chef, "2026-11-11-skyddsrond");
        Assert.Equal("completed", task.GetProperty("status").GetString());
        var completion = task.GetProperty("completion");
        Assert.Equal(("sco/annika-westerlund", "Protokoll skyddsrond 2026-11-11, dnr 31/2026"), (completion.GetProperty("by").GetString(), completion.GetProperty("documentationNote").GetString()));
        var history = await chef.GetFromJsonAsync<JsonElement>("/api/v1/orgs/sco/items/sam-task/2026-11-11-skyddsrond/history", Ct);
        Assert.Equal("sam-task.completed", history.GetProperty("entries").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("{}", "note.required")]
    [InlineData("""{"note":"  "}""", "note.required")]
    [InlineData("""{"note":"TOO_LONG"}""", "note.too-long")]
    [InlineData("""{"note": 12""", "request.malformed")]
    public async Task Complete_BadNote_Is400Problem_AndLeavesTheTaskOpen(string json, string code)
    {
        var kansli = await ClientAsync(TestPeople.Kansli);

        var response = await kansli.PostAsync(
            $"{Work}/tasks/2026-10-30-medarbetarsamtal/complete",
            new StringContent(json.Replace("TOO_LONG", new string('x', 4001), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
            Ct);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Equal("open", (await TaskAsync(kansli, "2026-10-30-medarbetarsamtal")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Complete_UnknownTask_Is404Problem()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);

        await Problems.AssertAsync(
            await kansli.PostAsJsonAsync($"{Work}/tasks/2026-12-24-tomtebesok/complete", new { note = "Klart" }, Ct), HttpStatusCode.NotFound, "sam-task.not-found");
    }

    [Theory]
    [InlineData(TestPeople.Ersattare)]
    [InlineData(TestPeople.Internkontrollant)]
    [InlineData(TestPeople.Revisor)]
    [InlineData(TestPeople.Beredningsgrupp)]
    public async Task Complete_ByNeitherAManagerNorTheResponsible_Is403_AndLeavesTheTaskOpen(string person)
    {
        var client = await ClientAsync(person);

        var response = await client.PostAsJsonAsync($"{Work}/tasks/2026-12-11-sam-uppfoljning/complete", new { note = "Klart" }, Ct);

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden, "sam-task.forbidden");
        Assert.Equal("open", (await TaskAsync(client, "2026-12-11-sam-uppfoljning")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Complete_ByTheResponsiblePerson_WhoIsNoManager_IsAllowed()
    {
        var task = _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>("sco/sam-task/2026-12-09-riskbedomning");
        await task.PlanAsync(new PlannedWorkEnvironmentTask("2026-12-09-riskbedomning", "riskbedomning", "Riskbedömning styrelsearbetet", new LocalDate(2026, 12, 9), TestPeople.Ledamot, false), "test", Ct);
        var other = await ClientAsync(TestPeople.Ersattare);
        var responsible = await ClientAsync(TestPeople.Ledamot);

        await Problems.AssertAsync(await other.PostAsJsonAsync($"{Work}/tasks/2026-12-09-riskbedomning/complete", new { note = "Klart" }, Ct), HttpStatusCode.Forbidden, "sam-task.forbidden");
        var done = await responsible.PostAsJsonAsync($"{Work}/tasks/2026-12-09-riskbedomning/complete", new { note = "Riskbedömning i diariet" }, Ct);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await done.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("completed", "sco/goran-vikstrom"), (body.GetProperty("status").GetString(), body.GetProperty("completion").GetProperty("by").GetString()));
        Assert.Equal(2, (await task.GetAsync(Ct)).Version);
    }

    [Fact]
    public async Task AnotherOrganisation_Is403_AndChangesNothing()
    {
        var chef = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await chef.GetAsync("/api/v1/orgs/other/work-environment/2026", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
        await Problems.AssertAsync(
            await chef.PostAsJsonAsync("/api/v1/orgs/other/work-environment/tasks/2026-12-01-apt/complete", new { note = "Klart" }, Ct),
            HttpStatusCode.Forbidden,
            "organisation.forbidden");

        Assert.Equal("open", (await TaskAsync(chef, "2026-12-01-apt")).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> TaskAsync(HttpClient client, string id) =>
        Assert.Single(
            (await client.GetFromJsonAsync<JsonElement>($"{Work}/2026", Ct)).GetProperty("tasks").EnumerateArray(),
            t => t.GetProperty("id").GetString() == id);
}
