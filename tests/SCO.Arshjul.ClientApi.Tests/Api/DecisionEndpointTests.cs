using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary><c>/api/v1/orgs/{org}/decisions</c>: the register, recording, status steps and notes; bad input is a 4xx problem and changes nothing.</summary>
public sealed class DecisionEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Decisions = "/api/v1/orgs/sco/decisions";
    private readonly ArshjulWebFactory _factory;

    public DecisionEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_ThenStepThroughStatuses_ShowsInTheRegister()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);
        var created = await client.PostAsJsonAsync(Decisions, NewDecision("SCÖ 2026-9.1"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var step = await client.PostAsJsonAsync($"{Decisions}/{Uri.EscapeDataString("SCÖ 2026-9.1")}/status", new { status = "inProgress", note = "Påbörjat" }, Ct);
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);

        var register = await client.GetFromJsonAsync<JsonElement>($"{Decisions}?status=inProgress", Ct);
        var line = Assert.Single(register.GetProperty("entries").EnumerateArray(), e => e.GetProperty("summary").GetProperty("reference").GetString() == "SCÖ 2026-9.1");
        Assert.Equal("inProgress", line.GetProperty("summary").GetProperty("status").GetString());
    }

    [Fact]
    public async Task StatusThatSkipsAStep_Is400WithTheRuleCode_AndNothingChanges()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);
        await client.PostAsJsonAsync(Decisions, NewDecision("SCÖ 2026-9.2"), Ct);
        var path = $"{Decisions}/{Uri.EscapeDataString("SCÖ 2026-9.2")}";

        var skip = await client.PostAsJsonAsync($"{path}/status", new { status = "reportedBack" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Equal("application/problem+json", skip.Content.Headers.ContentType?.MediaType);
        var problem = await skip.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("decision.status.skipped-step", problem.GetProperty("code").GetString());
        var decision = await client.GetFromJsonAsync<JsonElement>(path, Ct);
        Assert.Equal("decided", decision.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"reference":"","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund","due":"2026-12-01"}""", "reference.required")]
    [InlineData("""{"reference":"R1","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund"}""", "due.required")]
    [InlineData("""{"reference":"R1","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund","due":"2026-13-40"}""", "request.malformed")]
    [InlineData("""{"reference":"R1","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund","due":"2026-12-01","text":"TOO_LONG"}""", "text.too-long")]
    [InlineData("""{"reference": 12""", "request.malformed")]
    // Issue 6 (bad-input campaign): a due date of 9999-12-31 was recorded, and every overdue list after it was a 500.
    [InlineData("""{"reference":"R1","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund","due":"9999-12-31"}""", "time.out-of-range")]
    [InlineData("""{"reference":"R1","meetingKey":"sco/meeting/x","title":"t","responsible":"annika-westerlund","due":"0001-01-01"}""", "time.out-of-range")]
    public async Task BadInput_Is400ProblemNamingIt_AndRecordsNothing(string json, string code)
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);
        var before = (await client.GetFromJsonAsync<JsonElement>(Decisions, Ct)).GetProperty("total").GetInt32();

        var response = await client.PostAsync(Decisions, new StringContent(json.Replace("TOO_LONG", new string('x', 5000), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>(Decisions, Ct)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownDecision_Is404Problem()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var response = await client.GetAsync($"{Decisions}/NOPE-1", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("decision.not-found", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnotherOrganisation_Is403()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var response = await client.GetAsync("/api/v1/orgs/other/decisions", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("organisation.forbidden", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ScriptTextInATitle_IsShownAsTextOnTheStatusBoard()
    {
        var api = await _factory.ClientAsAsync(TestPeople.Forbundschef);
        await api.PostAsJsonAsync(Decisions, NewDecision("SCÖ 2026-9.3") with { Title = "<script>alert('x')</script>" }, Ct);
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var page = await browser.GetStringAsync("/beslut", Ct);

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    private static DecisionRequest NewDecision(string reference) =>
        new(reference, "sco/meeting/2026-11-27-styrelse", "Uppdrag att ta fram rutin", "Styrelsen ger förbundschefen i uppdrag …", TestPeople.Forbundschef, "2027-02-28");

    private sealed record DecisionRequest(string Reference, string MeetingKey, string Title, string Text, string Responsible, string Due);
}
