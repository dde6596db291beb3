using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Tests.OParl;

/// <summary>
/// <c>/api/v1/orgs/{org}/oparl/…</c>: paged OParl-style lists (data, pagination, links), objects with absolute ids that
/// refer to each other by address, persons without e-mail addresses, bad paging a 400 problem.
/// </summary>
public sealed class OParlEndpointTests : IClassFixture<OParlFixture>
{
    private const string OParl = "/api/v1/orgs/sco/oparl";
    private static readonly string[] PersonProperties = ["body", "id", "membership", "name", "type"];
    private static readonly string[] MariasRoles = ["internkontrollant", "ledamot"];
    private readonly ArshjulWebFactory _factory;
    private readonly HttpClient _client;

    public OParlEndpointTests(OParlFixture fixture)
    {
        _factory = fixture.Factory;
        _client = fixture.Client;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Body_LinksToEveryList_AndEachListAnswers()
    {

        var body = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/body", Ct);

        Assert.Equal($"http://localhost{OParl}/body", body.GetProperty("id").GetString());
        Assert.Equal("https://schema.oparl.org/1.1/Body", body.GetProperty("type").GetString());
        Assert.Equal("Samordningsförbundet Centrala Östergötland", body.GetProperty("name").GetString());
        foreach (var (property, type) in new[] { ("organization", "Organization"), ("person", "Person"), ("membership", "Membership"), ("meeting", "Meeting"), ("agendaItem", "AgendaItem") })
        {
            var list = await _client.GetFromJsonAsync<JsonElement>(body.GetProperty(property).GetString(), Ct);
            Assert.True(list.GetProperty("pagination").GetProperty("totalElements").GetInt32() > 0, property);
            Assert.All(list.GetProperty("data").EnumerateArray(), o => Assert.Equal($"https://schema.oparl.org/1.1/{type}", o.GetProperty("type").GetString()));
        }
    }

    [Fact]
    public async Task Persons_PagedByFive_NextLinksVisitEveryPersonOnce_WithPrevAndLastConsistent()
    {
        var member = await _factory.ClientAsAsync(TestPeople.Medlemsrad);
        var people = (await RosterAsync()).People.Count;

        var page = await member.GetFromJsonAsync<JsonElement>($"{OParl}/persons?limit=5", Ct);
        var pagination = page.GetProperty("pagination");
        Assert.Equal(people, pagination.GetProperty("totalElements").GetInt32());
        Assert.Equal(5, pagination.GetProperty("elementsPerPage").GetInt32());
        Assert.Equal((people + 4) / 5, pagination.GetProperty("totalPages").GetInt32());
        Assert.False(page.GetProperty("links").TryGetProperty("prev", out _));

        var seen = new List<string>();
        var pages = 0;
        while (true)
        {
            pages++;
            Assert.Equal(pages, page.GetProperty("pagination").GetProperty("currentPage").GetInt32());
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
            var links = page.GetProperty("links");
            if (!links.TryGetProperty("next", out var next))
            {
                Assert.Equal(links.GetProperty("last").GetString(), links.GetProperty("self").GetString());
                break;
            }

            var self = links.GetProperty("self").GetString();
            page = await member.GetFromJsonAsync<JsonElement>(next.GetString(), Ct);
            Assert.Equal(self, page.GetProperty("links").GetProperty("prev").GetString());
        }

        Assert.Equal((people + 4) / 5, pages);
        Assert.Equal(people, seen.Count);
        Assert.Equal(people, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("limit=0", "oparl.limit-invalid")]
    [InlineData("limit=101", "oparl.limit-invalid")]
    [InlineData("limit=abc", "oparl.limit-invalid")]
    [InlineData("limit=-5", "oparl.limit-invalid")]
    [InlineData("page=0", "oparl.page-invalid")]
    [InlineData("page=zwei", "oparl.page-invalid")]
    public async Task BadPaging_Is400ProblemNamingIt(string query, string code)
    {

        var response = await _client.GetAsync($"{OParl}/meetings?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task LimitAtItsBounds_IsServed(int limit)
    {
        var total = (await RegisterAsync()).Count;

        var page = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/meetings?limit={limit}", Ct);

        Assert.Equal(Math.Min(limit, total), page.GetProperty("data").GetArrayLength());
        Assert.Equal(total, page.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        Assert.Equal((total + limit - 1) / limit, page.GetProperty("pagination").GetProperty("totalPages").GetInt32());
    }

    [Fact]
    public async Task Persons_ShowNamesAndMembershipsOnly_NoEmailAddress()
    {

        var text = await _client.GetStringAsync($"{OParl}/persons?limit=100", Ct);

        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mail", text, StringComparison.OrdinalIgnoreCase);
        var persons = JsonDocument.Parse(text).RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal((await RosterAsync()).People.Count, persons.Count);
        Assert.All(persons, p => Assert.Equal(PersonProperties, p.EnumerateObject().Select(x => x.Name).Order()));
        var maria = Assert.Single(persons, p => p.GetProperty("name").GetString() == "Maria Lövgren");
        Assert.Equal(MariasRoles, maria.GetProperty("membership").EnumerateArray().Select(m => m.GetProperty("role").GetString()!).Order());
    }

    [Fact]
    public async Task Membership_RefersToPersonAndOrganization_WhichListItBack()
    {
        var memberships = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/memberships?limit=100", Ct);
        var ersattare = Assert.Single(
            memberships.GetProperty("data").EnumerateArray(),
            m => m.GetProperty("person").GetString()!.EndsWith($"/persons/{TestPeople.Ersattare}", StringComparison.Ordinal));
        var id = ersattare.GetProperty("id").GetString();
        Assert.Equal("ersättare", ersattare.GetProperty("role").GetString());
        Assert.False(ersattare.GetProperty("votingRight").GetBoolean());
        Assert.Equal("Linköpings kommun", ersattare.GetProperty("arshjul:represents").GetString());

        var person = await _client.GetFromJsonAsync<JsonElement>(ersattare.GetProperty("person").GetString(), Ct);
        var organization = await _client.GetFromJsonAsync<JsonElement>(ersattare.GetProperty("organization").GetString(), Ct);
        var itself = await _client.GetFromJsonAsync<JsonElement>(id, Ct);

        Assert.Equal("Sofia Nyqvist", person.GetProperty("name").GetString());
        Assert.Contains(id, person.GetProperty("membership").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("Styrelsen", organization.GetProperty("name").GetString());
        Assert.Equal("styrelse", organization.GetProperty("classification").GetString());
        Assert.Contains(id, organization.GetProperty("membership").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(id, itself.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Meeting_RefersToItsBodiesAndAgendaItems_ByAddressesThatResolve()
    {
        var line = (await RegisterAsync(new MeetingRegisterFilter(BodyId: "styrelse", From: _factory.Now)))[0];
        var agenda = (await _factory.Grains.GetGrain<IMeetingGrain>(line.Key).GetAsync(Ct)).Agenda;

        var meeting = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/meetings/{line.Id}", Ct);

        Assert.Equal($"http://localhost{OParl}/meetings/{line.Id}", meeting.GetProperty("id").GetString());
        Assert.Equal(line.Title, meeting.GetProperty("name").GetString());
        Assert.Equal(line.StartsAt.ToDateTimeOffset(), meeting.GetProperty("start").GetDateTimeOffset());
        var organizations = meeting.GetProperty("organization").EnumerateArray().Select(o => o.GetString()!).ToList();
        Assert.Equal(line.BodyIds.Count, organizations.Count);
        foreach (var address in organizations)
        {
            Assert.Equal(address, (await _client.GetFromJsonAsync<JsonElement>(address, Ct)).GetProperty("id").GetString());
        }

        var items = meeting.GetProperty("agendaItem").EnumerateArray().ToList();
        Assert.Equal(agenda, items.Select(i => i.GetProperty("name").GetString()!));
        foreach (var item in items)
        {
            var fetched = await _client.GetFromJsonAsync<JsonElement>(item.GetProperty("id").GetString(), Ct);
            Assert.Equal(item.GetProperty("name").GetString(), fetched.GetProperty("name").GetString());
            Assert.Equal(meeting.GetProperty("id").GetString(), fetched.GetProperty("meeting").GetString());
        }
    }

    [Fact]
    public async Task Meetings_AreTheRegister_WithStockholmOffsets_AndAnOrganizationsListHoldsOnlyItsOwn()
    {
        var all = await RegisterAsync();
        var board = await RegisterAsync(new MeetingRegisterFilter(BodyId: "styrelse"));

        var meetings = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/meetings?limit=100", Ct);
        var styrelse = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/organizations/styrelse", Ct);
        var boardList = await _client.GetFromJsonAsync<JsonElement>($"{styrelse.GetProperty("meeting").GetString()}&limit=100", Ct);

        Assert.Equal(all.Count, meetings.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        var starts = boardList.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("start").GetString()!).ToList();
        Assert.Contains(starts, s => s.StartsWith("2026-12-", StringComparison.Ordinal) && s.EndsWith("+01:00", StringComparison.Ordinal));
        Assert.Contains(starts, s => s.StartsWith("2026-06-", StringComparison.Ordinal) && s.EndsWith("+02:00", StringComparison.Ordinal));
        Assert.Equal(board.Count, boardList.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        Assert.All(boardList.GetProperty("data").EnumerateArray(), m => Assert.Contains(styrelse.GetProperty("id").GetString(), m.GetProperty("organization").EnumerateArray().Select(o => o.GetString())));
        Assert.Contains("organization=styrelse", boardList.GetProperty("links").GetProperty("self").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgendaItems_AreEveryPointOfEveryMeeting()
    {
        var register = await RegisterAsync();
        var points = 0;
        foreach (var line in register)
        {
            points += (await _factory.Grains.GetGrain<IMeetingGrain>(line.Key).GetAsync(Ct)).Agenda.Count;
        }

        var items = await _client.GetFromJsonAsync<JsonElement>($"{OParl}/agenda-items", Ct);

        Assert.True(points > 0);
        Assert.Equal(points, items.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        Assert.Equal(20, items.GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData("persons/ingen-alls")]
    [InlineData("organizations/fullmaktige")]
    [InlineData("meetings/2026-02-30-styrelse")]
    [InlineData("memberships/sofia-nyqvist/styrelse/chair")]
    [InlineData("agenda-items/2026-02-30-styrelse/1")]
    public async Task UnknownObject_Is404Problem(string path)
    {

        var response = await _client.GetAsync($"{OParl}/{path}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("oparl.not-found", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AgendaItemPastTheLast_Is404()
    {
        var line = (await RegisterAsync(new MeetingRegisterFilter(BodyId: "styrelse")))[0];
        var count = (await _factory.Grains.GetGrain<IMeetingGrain>(line.Key).GetAsync(Ct)).Agenda.Count;

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{OParl}/agenda-items/{line.Id}/{count}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{OParl}/agenda-items/{line.Id}/{count + 1}", Ct)).StatusCode);
    }

    [Fact]
    public async Task WithoutSignIn_Is401_AndAnotherOrganisation_Is403()
    {
        var anonymous = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{OParl}/persons", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync("/api/v1/orgs/other/oparl/persons", Ct)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheListsTheFeedsAndWhoMayRead()
    {
        var document = await _factory.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("/api/v1/orgs/{org}/oparl/persons", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/orgs/{org}/oparl/agenda-items/{meetingId}/{number}", document, StringComparison.Ordinal);
        Assert.Contains("/feeds/{org}/person/{personId}.ics", document, StringComparison.Ordinal);
        Assert.Contains("personal API token of the organisation, any role", document, StringComparison.Ordinal);
    }

    private async Task<OrganisationDefinition> RosterAsync() =>
        (await _factory.Grains.GetGrain<IOrganisationRosterGrain>($"{TestPeople.Org}/roster").GetAsync(Ct)).Definition!;

    private Task<IReadOnlyList<MeetingSummary>> RegisterAsync(MeetingRegisterFilter? filter = null) =>
        _factory.Grains.GetGrain<IMeetingRegisterGrain>($"{TestPeople.Org}/meeting-register").ListAsync(filter, Ct);
}
