using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// <c>/api/v1/orgs/{org}/meetings</c>: the register by period and body, one meeting, ad-hoc meetings and each step of a
/// meeting's life; beredningsgrupp and medlemsråd read only their bodies' meetings; bad input is a 4xx problem and
/// changes nothing.
/// </summary>
public sealed class MeetingEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Meetings = "/api/v1/orgs/sco/meetings";
    private readonly ArshjulWebFactory _factory;

    public MeetingEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    // One client per person for the whole class: an account holds at most 20 active API tokens.
    private static readonly ConcurrentDictionary<(ArshjulWebFactory, string), Task<HttpClient>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string person) => Clients.GetOrAdd((_factory, person), key => key.Item1.ClientAsAsync(key.Item2));

    [Fact]
    public async Task List_ByDatesAndBody_GivesTheMeetingsOfThatBodyOverlappingThePeriod()
    {
        var client = await ClientAsync(TestPeople.Forbundschef);

        var december = await ListAsync(client, "?from=2026-12-01&to=2026-12-31&body=styrelse");

        Assert.Contains("2026-12-11-styrelsemote", Ids(december));
        Assert.DoesNotContain("2026-12-04-beredningsgruppsmote", Ids(december));
        Assert.DoesNotContain("2026-11-13-styrelsemote", Ids(december));
        Assert.All(december, m => Assert.Contains("styrelse", m.GetProperty("bodyIds").EnumerateArray().Select(b => b.GetString())));
        Assert.All(december, m => Assert.StartsWith("2026-12-", m.GetProperty("start").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_ByInstants_GivesTheMeetingsOverlappingThem()
    {
        var client = await ClientAsync(TestPeople.Revisor);

        // 2026-12-11 09:00–12:00 Stockholm is 08:00–11:00 UTC.
        var during = await ListAsync(client, "?from=2026-12-11T10:30:00Z&to=2026-12-11T10:45:00Z");
        var withOffset = await ListAsync(client, $"?from={Uri.EscapeDataString("2026-12-11T11:59:00+01:00")}&to=2026-12-12");
        var after = await ListAsync(client, "?from=2026-12-11T11:00:00Z&to=2026-12-11T12:00:00Z");

        Assert.Equal(["2026-12-11-styrelsemote"], Ids(during));
        Assert.Equal(["2026-12-11-styrelsemote"], Ids(withOffset));
        Assert.DoesNotContain("2026-12-11-styrelsemote", Ids(after));
    }

    [Theory]
    [InlineData("?from=2026-13-01", "from.invalid")]
    [InlineData("?to=i%20morgon", "to.invalid")]
    [InlineData("?from=2026-12-01T25:00:00Z", "from.invalid")]
    [InlineData("?from=2026-12-10&to=2026-12-01", "meeting-register.interval-invalid")]
    [InlineData("?from=2026-12-01T10:00:00Z&to=2026-12-01T10:00:00Z", "meeting-register.interval-invalid")]
    [InlineData("?body=styrelsen", "roster.body-unknown")]
    [InlineData("?from=2026-12-01&to=9999-12-31", "time.out-of-range")] // issue 6: the day after it overflowed, a 500
    [InlineData("?from=0001-01-01T00:00:00Z", "time.out-of-range")]
    public async Task List_BadQuery_Is400Problem(string query, string code)
    {
        var client = await ClientAsync(TestPeople.Kansli);

        await Problems.AssertAsync(await client.GetAsync(Meetings + query, Ct), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task List_AsBeredningsgruppMember_GivesOnlyTheirBodysMeetings()
    {
        var member = await ListAsync(await ClientAsync(TestPeople.Beredningsgrupp), "?from=2026-01-01&to=2026-12-31");
        var all = await ListAsync(await ClientAsync(TestPeople.Forbundschef), "?from=2026-01-01&to=2026-12-31");

        Assert.NotEmpty(member);
        Assert.All(member, m => Assert.Contains("beredningsgrupp", m.GetProperty("bodyIds").EnumerateArray().Select(b => b.GetString())));
        Assert.Contains("2026-01-16-uppstartsdag", Ids(member)); // a joint day with the board
        Assert.DoesNotContain("2026-12-11-styrelsemote", Ids(member));
        Assert.Contains("2026-12-11-styrelsemote", Ids(all));
        Assert.Equal(all.Count(m => m.GetProperty("bodyIds").EnumerateArray().Any(b => b.GetString() == "beredningsgrupp")), member.Count);
    }

    [Fact]
    public async Task List_AsMedlemsradMemberAskingForTheBoard_GivesNothing()
    {
        var client = await ClientAsync(TestPeople.Medlemsrad);

        Assert.Empty(await ListAsync(client, "?body=styrelse"));
        Assert.Contains("2026-10-20-medlemsrad-host", Ids(await ListAsync(client, "?body=medlemsrad")));
    }

    [Fact]
    public async Task Get_OwnBodysMeeting_WithoutHistory_ButAnotherBodys_Is403()
    {
        var member = await ClientAsync(TestPeople.Medlemsrad);
        var chef = await ClientAsync(TestPeople.Forbundschef);

        var own = await member.GetFromJsonAsync<JsonElement>($"{Meetings}/2026-10-20-medlemsrad-host", Ct);
        var board = await member.GetAsync($"{Meetings}/2026-12-11-styrelsemote", Ct);
        var asChef = await chef.GetFromJsonAsync<JsonElement>($"{Meetings}/2026-12-11-styrelsemote", Ct);

        Assert.Equal("membersCouncil", own.GetProperty("kind").GetString());
        Assert.Empty(own.GetProperty("history").EnumerateArray());
        await Problems.AssertAsync(board, HttpStatusCode.Forbidden, "meeting.forbidden");
        Assert.Equal("meeting.planned", asChef.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Get_UnknownMeeting_Is404Problem()
    {
        var client = await ClientAsync(TestPeople.Ledamot);

        await Problems.AssertAsync(await client.GetAsync($"{Meetings}/2026-12-12-finns-inte", Ct), HttpStatusCode.NotFound, "meeting.not-found");
    }

    [Fact]
    public async Task Create_AdHocMeeting_Is201AtItsDateAndSlug_AndListed()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);

        var created = await kansli.PostAsJsonAsync(
            Meetings,
            AdHoc("Extra styrelsemöte – budget 2027", "2026-12-17T13:00:00", "2026-12-17T15:00:00") with { Location = "Teams", Agenda = ["Budget 2027", "Övrigt"] },
            Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/orgs/sco/meetings/2026-12-17-extra-styrelsemote-budget-2027", created.Headers.Location?.OriginalString);
        var meeting = await kansli.GetFromJsonAsync<JsonElement>(created.Headers.Location, Ct);
        Assert.Equal("planned", meeting.GetProperty("status").GetString());
        Assert.Equal("adhoc", meeting.GetProperty("activityId").GetString());
        Assert.Equal("2026-12-17T12:00:00Z", meeting.GetProperty("startsAt").GetString());
        Assert.Equal(["Budget 2027", "Övrigt"], meeting.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("sco/petra-sjodin", meeting.GetProperty("history")[0].GetProperty("actor").GetString());
        Assert.Contains("2026-12-17-extra-styrelsemote-budget-2027", Ids(await ListAsync(kansli, "?from=2026-12-17&to=2026-12-17")));
    }

    [Fact]
    public async Task Create_SameDayAndTitleAgain_Is409_AndTheFirstStays()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var first = await kansli.PostAsJsonAsync(Meetings, AdHoc("Workshop om SAM", "2026-12-16T09:00:00", "2026-12-16T11:00:00") with { Location = "Kansliet" }, Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var again = await kansli.PostAsJsonAsync(Meetings, AdHoc("Workshop om SAM", "2026-12-16T13:00:00", "2026-12-16T15:00:00") with { Location = "Teams" }, Ct);

        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "meeting.already-exists");
        var meeting = await kansli.GetFromJsonAsync<JsonElement>(first.Headers.Location, Ct);
        Assert.Equal(("Kansliet", "2026-12-16T09:00:00", 1), (meeting.GetProperty("location").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Create_WithTheIdOfAWheelMeeting_Is409_AndTheWheelMeetingStays()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);

        var clash = await kansli.PostAsJsonAsync(Meetings, AdHoc("Styrelsemöte", "2026-12-11T13:00:00", "2026-12-11T14:00:00"), Ct);

        await Problems.AssertAsync(clash, HttpStatusCode.Conflict, "meeting.already-exists");
        var meeting = await kansli.GetFromJsonAsync<JsonElement>($"{Meetings}/2026-12-11-styrelsemote", Ct);
        Assert.Equal(("styrelsemote", "2026-12-11T09:00:00"), (meeting.GetProperty("activityId").GetString(), meeting.GetProperty("start").GetString()));
    }

    [Theory]
    [InlineData("""{"kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "title.required")]
    [InlineData("""{"title":"Möte","kind":"styrelsemöte","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "kind.unknown")]
    [InlineData("""{"title":"Möte","kind":"3","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "kind.unknown")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":[],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "bodies.required")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"end":"2026-12-18T10:00:00"}""", "start.required")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-18T10:00:00","end":"2026-12-18T09:00:00"}""", "time.end-before-start")]
    [InlineData("""{"title":"TOO_LONG","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "title.too-long")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00","agenda":["Budget","TOO_LONG"]}""", "agenda.too-long")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00","location":"TOO_LONG"}""", "location.too-long")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelsen"],"start":"2026-12-18T09:00:00","end":"2026-12-18T10:00:00"}""", "roster.body-unknown")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"2027-03-28T02:30:00","end":"2027-03-28T04:00:00"}""", "time.nonexistent-local-time")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-40T09:00:00","end":"2026-12-18T10:00:00"}""", "request.malformed")]
    // Issue 6 (bad-input campaign): meetings in year 9999 or 1 were planned, and lists reaching them failed.
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"9999-12-31T22:00:00","end":"9999-12-31T23:59:59.999999999"}""", "time.out-of-range")]
    [InlineData("""{"title":"Möte","kind":"boardMeeting","bodies":["styrelse"],"start":"0001-01-01T09:00:00","end":"2026-12-18T10:00:00"}""", "time.out-of-range")]
    public async Task Create_BadInput_Is400ProblemNamingIt_AndCreatesNothing(string json, string code)
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var before = (await ListAsync(kansli, string.Empty)).Count;

        var response = await kansli.PostAsync(Meetings, Json(json.Replace("TOO_LONG", new string('x', 4001), StringComparison.Ordinal)), Ct);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Equal(before, (await ListAsync(kansli, string.Empty)).Count);
    }

    // Issue 6 (bad-input campaign): U+FFFF and U+FFFE in a title made Unicode normalization throw while building the id, a 500.
    [Fact]
    public async Task Create_TitleWithNoncharacters_Is201_UnderTheSlugOfItsWords()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);

        var response = await kansli.PostAsync(
            Meetings,
            Json("""{"title":"Extra\uffffmöte\ufffe","kind":"boardMeeting","bodies":["styrelse"],"start":"2026-12-29T09:00:00","end":"2026-12-29T10:00:00"}"""),
            Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/orgs/sco/meetings/2026-12-29-extra-mote", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(TestPeople.Ersattare)]
    [InlineData(TestPeople.Internkontrollant)]
    [InlineData(TestPeople.Revisor)]
    [InlineData(TestPeople.Beredningsgrupp)]
    public async Task Writes_ByAnyoneButTheManagers_Are403_AndChangeNothing(string person)
    {
        var id = await CreateAsync($"Beredning av budget {person}", "2026-12-14T09:00:00", "2026-12-14T10:00:00", "beredningsgrupp");
        var client = await ClientAsync(person);
        var kansli = await ClientAsync(TestPeople.Kansli);
        var before = (await ListAsync(kansli, "?from=2026-12-14&to=2026-12-14")).Count;

        HttpResponseMessage[] responses =
        [
            await client.PostAsJsonAsync(Meetings, AdHoc($"Nytt möte {person}", "2026-12-14T13:00:00", "2026-12-14T14:00:00"), Ct),
            await client.PostAsJsonAsync($"{Meetings}/{id}/reschedule", new { start = "2026-12-15T09:00:00", end = "2026-12-15T10:00:00", reason = "Krock" }, Ct),
            await client.PostAsJsonAsync($"{Meetings}/{id}/cancel", new { reason = "Inga ärenden" }, Ct),
            await client.PostAsync($"{Meetings}/{id}/held", null, Ct),
            await client.PostAsync($"{Meetings}/{id}/minutes-approved", null, Ct),
        ];

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var meeting = await kansli.GetFromJsonAsync<JsonElement>($"{Meetings}/{id}", Ct);
        Assert.Equal(("planned", 1), (meeting.GetProperty("status").GetString(), meeting.GetProperty("version").GetInt32()));
        Assert.Equal(before, (await ListAsync(kansli, "?from=2026-12-14&to=2026-12-14")).Count);
    }

    [Fact]
    public async Task Reschedule_MovesTheMeeting_AndItsHistorySaysWhy()
    {
        var id = await CreateAsync("Medlemsråd extra", "2026-12-15T09:00:00", "2026-12-15T11:00:00", "medlemsrad");
        var chef = await ClientAsync(TestPeople.Forbundschef);

        var moved = await chef.PostAsJsonAsync($"{Meetings}/{id}/reschedule", new { start = "2026-12-16T09:00:00", end = "2026-12-16T11:00:00", reason = "Lokalen upptagen" }, Ct);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var meeting = await chef.GetFromJsonAsync<JsonElement>($"{Meetings}/{id}", Ct);
        Assert.Equal(("rescheduled", "2026-12-16T09:00:00", 1), (meeting.GetProperty("status").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("sequence").GetInt32()));
        var last = meeting.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("meeting.rescheduled", "sco/annika-westerlund"), (last.GetProperty("action").GetString(), last.GetProperty("actor").GetString()));
        Assert.Contains("Lokalen upptagen", last.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"start":"2026-12-16T09:00:00","end":"2026-12-16T10:00:00"}""", HttpStatusCode.BadRequest, "reason.required")]
    [InlineData("""{"start":"2026-12-16T09:00:00","end":"2026-12-16T10:00:00","reason":"TOO_LONG"}""", HttpStatusCode.BadRequest, "reason.too-long")]
    [InlineData("""{"start":"2026-12-16T11:00:00","end":"2026-12-16T10:00:00","reason":"Krock"}""", HttpStatusCode.BadRequest, "time.end-before-start")]
    [InlineData("""{"end":"2026-12-16T10:00:00","reason":"Krock"}""", HttpStatusCode.BadRequest, "start.required")]
    [InlineData("""{"start":"2026-12-15T13:00:00","end":"2026-12-15T14:00:00","reason":"Krock"}""", HttpStatusCode.BadRequest, "meeting.reschedule.unchanged")]
    [InlineData("""{"start":"9999-12-31T22:00:00","end":"9999-12-31T23:00:00","reason":"Krock"}""", HttpStatusCode.BadRequest, "time.out-of-range")] // issue 6
    public async Task Reschedule_BadInput_Is4xxProblem_AndChangesNothing(string json, HttpStatusCode status, string code)
    {
        var id = await CreateAsync($"Omboka {code}", "2026-12-15T13:00:00", "2026-12-15T14:00:00", "styrelse");
        var kansli = await ClientAsync(TestPeople.Kansli);

        var response = await kansli.PostAsync($"{Meetings}/{id}/reschedule", Json(json.Replace("TOO_LONG", new string('x', 4001), StringComparison.Ordinal)), Ct);

        await Problems.AssertAsync(response, status, code);
        var meeting = await kansli.GetFromJsonAsync<JsonElement>($"{Meetings}/{id}", Ct);
        Assert.Equal(("planned", "2026-12-15T13:00:00", 1), (meeting.GetProperty("status").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task StepsOnAnUnknownMeeting_Are404Problems()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var unknown = $"{Meetings}/2026-12-12-finns-inte";

        await Problems.AssertAsync(
            await kansli.PostAsJsonAsync($"{unknown}/reschedule", new { start = "2026-12-16T09:00:00", end = "2026-12-16T10:00:00", reason = "Krock" }, Ct),
            HttpStatusCode.NotFound,
            "meeting.not-found");
        await Problems.AssertAsync(await kansli.PostAsJsonAsync($"{unknown}/cancel", new { reason = "Krock" }, Ct), HttpStatusCode.NotFound, "meeting.not-found");
        await Problems.AssertAsync(await kansli.PostAsync($"{unknown}/held", null, Ct), HttpStatusCode.NotFound, "meeting.not-found");
        await Problems.AssertAsync(await kansli.PostAsync($"{unknown}/minutes-approved", null, Ct), HttpStatusCode.NotFound, "meeting.not-found");
    }

    [Fact]
    public async Task Cancel_SetsTheReason_AndASecondCancelIs400AndChangesNothing()
    {
        var id = await CreateAsync("Planeringsmöte kansliet", "2026-12-18T09:00:00", "2026-12-18T10:00:00", "kansli");
        var kansli = await ClientAsync(TestPeople.Kansli);
        await Problems.AssertAsync(await kansli.PostAsJsonAsync($"{Meetings}/{id}/cancel", new { reason = " " }, Ct), HttpStatusCode.BadRequest, "reason.required");

        var cancelled = await kansli.PostAsJsonAsync($"{Meetings}/{id}/cancel", new { reason = "Inga ärenden" }, Ct);
        var again = await kansli.PostAsJsonAsync($"{Meetings}/{id}/cancel", new { reason = "Igen" }, Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Problems.AssertAsync(again, HttpStatusCode.BadRequest, "meeting.cancel.not-allowed");
        var meeting = await kansli.GetFromJsonAsync<JsonElement>($"{Meetings}/{id}", Ct);
        Assert.Equal(("cancelled", "Inga ärenden", 2), (meeting.GetProperty("status").GetString(), meeting.GetProperty("cancellationReason").GetString(), meeting.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task HeldThenMinutesApproved_AfterTheKallelseAndTheMeeting()
    {
        var id = await CreateAsync("Avstämning ESF", "2026-11-20T09:00:00", "2026-11-20T10:00:00", "kansli");
        await _factory.Grains.GetGrain<IMeetingGrain>($"sco/meeting/{id}").RecordInvitationSentAsync("sco/petra-sjodin", Ct);
        var kansli = await ClientAsync(TestPeople.Kansli);

        var held = await kansli.PostAsync($"{Meetings}/{id}/held", null, Ct);
        var approved = await kansli.PostAsync($"{Meetings}/{id}/minutes-approved", null, Ct);

        Assert.Equal("held", (await held.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        var meeting = await approved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("minutesApproved", meeting.GetProperty("status").GetString());
        Assert.Equal(InstantPattern.ExtendedIso.Format(_factory.Now), meeting.GetProperty("heldAt").GetString());
    }

    [Fact]
    public async Task HeldBeforeItsStart_AndMinutesOfAMeetingNotHeld_Are400_AndChangeNothing()
    {
        var id = await CreateAsync("Dialogmöte", "2026-12-21T09:00:00", "2026-12-21T10:00:00", "kansli");
        await _factory.Grains.GetGrain<IMeetingGrain>($"sco/meeting/{id}").RecordInvitationSentAsync("sco/petra-sjodin", Ct);
        var kansli = await ClientAsync(TestPeople.Kansli);

        await Problems.AssertAsync(await kansli.PostAsync($"{Meetings}/{id}/held", null, Ct), HttpStatusCode.BadRequest, "meeting.held.before-start");
        await Problems.AssertAsync(await kansli.PostAsync($"{Meetings}/{id}/minutes-approved", null, Ct), HttpStatusCode.BadRequest, "meeting.minutes.not-held");

        var meeting = await kansli.GetFromJsonAsync<JsonElement>($"{Meetings}/{id}", Ct);
        Assert.Equal(("invitationSent", 2), (meeting.GetProperty("status").GetString(), meeting.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task AnotherOrganisation_Is403_AndCreatesNothing()
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var before = (await ListAsync(kansli, string.Empty)).Count;

        await Problems.AssertAsync(await kansli.GetAsync("/api/v1/orgs/other/meetings", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
        await Problems.AssertAsync(
            await kansli.PostAsJsonAsync("/api/v1/orgs/other/meetings", AdHoc("Annat förbund", "2026-12-22T09:00:00", "2026-12-22T10:00:00"), Ct),
            HttpStatusCode.Forbidden,
            "organisation.forbidden");

        Assert.Equal(before, (await ListAsync(kansli, string.Empty)).Count);
    }

    private async Task<string> CreateAsync(string title, string start, string end, string body)
    {
        var kansli = await ClientAsync(TestPeople.Kansli);
        var created = await kansli.PostAsJsonAsync(Meetings, AdHoc(title, start, end) with { Bodies = [body] }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(Meetings + query, Ct)).EnumerateArray()];

    private static List<string?> Ids(IEnumerable<JsonElement> meetings) => [.. meetings.Select(m => m.GetProperty("id").GetString())];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static MeetingRequest AdHoc(string title, string start, string end) => new(title, "boardMeeting", ["styrelse"], start, end, null, []);

    private sealed record MeetingRequest(string Title, string Kind, string[] Bodies, string Start, string End, string? Location, string[] Agenda);
}
