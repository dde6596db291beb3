using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary><c>/api/v1/orgs/{org}/wheel/{year}</c>: every activity of a generated year with its item's current state.</summary>
public sealed class WheelEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Wheel = "/api/v1/orgs/sco/wheel";
    private readonly ArshjulWebFactory _factory;

    public WheelEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    // One client per person for the whole class: an account holds at most 20 active API tokens.
    private static readonly ConcurrentDictionary<(ArshjulWebFactory, string), Task<HttpClient>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string person) => Clients.GetOrAdd((_factory, person), key => key.Item1.ClientAsAsync(key.Item2));

    [Fact]
    public async Task Get_CurrentYear_ListsEveryActivityWithStatusAndResponsible_ForAnyoneOfTheOrganisation()
    {
        var client = await ClientAsync(TestPeople.Medlemsrad);
        var indexed = await _factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(Ct);

        var wheel = await client.GetFromJsonAsync<JsonElement>($"{Wheel}/2026", Ct);

        Assert.Equal(2026, wheel.GetProperty("year").GetInt32());
        var activities = wheel.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(indexed.Count, activities.Count);
        var board = Activity(activities, "2026-12-11-styrelsemote");
        Assert.Equal("meeting", board.GetProperty("kind").GetString());
        Assert.Equal("meeting/2026-12-11-styrelsemote", board.GetProperty("item").GetString());
        Assert.Equal("2026-12-11T09:00:00", board.GetProperty("start").GetString());
        Assert.Equal("planned", board.GetProperty("status").GetString());
        Assert.Equal(["styrelse"], board.GetProperty("bodyIds").EnumerateArray().Select(b => b.GetString()));
        var task = Activity(activities, "2026-12-11-sam-uppfoljning");
        Assert.Equal(("workEnvironmentTask", "open", TestPeople.Forbundschef, "2026-12-11"), Fields(task));
        var control = Activity(activities, "attest");
        Assert.Equal(("internalControl", "notChecked", TestPeople.Internkontrollant, "2026-05-29"), Fields(control));
        var deadline = Activity(activities, "2026-12-15-budgetuppfoljning");
        Assert.Equal(("deadline", "open", TestPeople.Kansli, "2026-12-15"), Fields(deadline));
        var dates = activities.Select(a => (a.GetProperty("start").GetString() ?? a.GetProperty("due").GetString())![..10]).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Get_AfterChanges_ShowsEachItemsCurrentState()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var cancel = await kansli.PostAsJsonAsync("/api/v1/orgs/sco/meetings/2026-12-04-beredningsgruppsmote/cancel", new { reason = "Inga ärenden" }, Ct);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var move = await kansli.PostAsJsonAsync(
            "/api/v1/orgs/sco/meetings/2026-11-17-forelasning/reschedule",
            new { start = "2026-11-24T13:00:00", end = "2026-11-24T15:00:00", reason = "Föreläsaren sjuk" },
            Ct);
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        var done = await kansli.PostAsJsonAsync("/api/v1/orgs/sco/work-environment/tasks/2026-12-01-apt/complete", new { note = "Minnesanteckningar APT" }, Ct);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await _factory.Grains.GetGrain<IDeadlineGrain>("sco/deadline/2026-11-30-statusrapport").CompleteAsync("Skickad till styrelsen", "sco/petra-sjodin", Ct);

        var activities = (await kansli.GetFromJsonAsync<JsonElement>($"{Wheel}/2026", Ct)).GetProperty("activities").EnumerateArray().ToList();

        var cancelled = Activity(activities, "2026-12-04-beredningsgruppsmote");
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.True(cancelled.GetProperty("isDone").GetBoolean());
        var moved = Activity(activities, "2026-11-17-forelasning");
        Assert.Equal("rescheduled", moved.GetProperty("status").GetString());
        Assert.Equal("2026-11-24T13:00:00", moved.GetProperty("start").GetString());
        Assert.False(moved.GetProperty("isDone").GetBoolean());
        Assert.Equal("completed", Activity(activities, "2026-12-01-apt").GetProperty("status").GetString());
        Assert.True(Activity(activities, "2026-11-30-statusrapport").GetProperty("isDone").GetBoolean());
    }

    [Fact]
    public async Task Get_2025_IsTheYearGeneratedFromItsYearFile()
    {
        var client = await ClientAsync(TestPeople.Beredningsgrupp);

        var wheel = await client.GetFromJsonAsync<JsonElement>($"{Wheel}/2025", Ct);

        Assert.Equal("yearFile", wheel.GetProperty("source").GetString());
        var activities = wheel.GetProperty("activities").EnumerateArray().ToList();
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.StartsWith("2025-", a.GetProperty("start").GetString() ?? a.GetProperty("due").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("tjugo")]
    [InlineData("-2026")]
    public async Task Get_YearOutOfRange_Is400Problem(string year)
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Wheel}/{year}", Ct), HttpStatusCode.BadRequest, "year.out-of-range");
    }

    [Fact]
    public async Task Get_YearNeverGenerated_Is404Problem()
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Wheel}/2031", Ct), HttpStatusCode.NotFound, "wheel.not-found");
    }

    [Fact]
    public async Task Get_AnotherOrganisation_Is403_AndWithoutSignIn_401()
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync("/api/v1/orgs/other/wheel/2026", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync($"{Wheel}/2026", Ct)).StatusCode);
    }

    private static JsonElement Activity(IEnumerable<JsonElement> activities, string id) =>
        Assert.Single(activities, a => a.GetProperty("id").GetString() == id);

    private static (string?, string?, string?, string?) Fields(JsonElement activity) => (
        activity.GetProperty("kind").GetString(),
        activity.GetProperty("status").GetString(),
        activity.GetProperty("responsible").GetString(),
        activity.GetProperty("due").GetString());
}
