using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// <c>/api/v1/orgs/{org}/internal-control/{year}</c>: the plan with its risk values, adoption, checking off a control,
/// the tertial-2 report. 2025 is left as drawn up (not adopted); 2026 is adopted by the tests that check controls.
/// </summary>
public sealed class InternalControlEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Plans = "/api/v1/orgs/sco/internal-control";
    private readonly ArshjulWebFactory _factory;

    public InternalControlEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_DrawnUpPlan_ShowsEveryControlWithItsRiskValue()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Revisor);

        var plan = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2025", Ct);

        Assert.Equal("planned", plan.GetProperty("status").GetString());
        Assert.Equal(2025, plan.GetProperty("year").GetInt32());
        var controls = plan.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(8, controls.Count);
        var purchasing = Assert.Single(controls, c => c.GetProperty("id").GetString() == "upphandling");
        Assert.Equal(3, purchasing.GetProperty("probability").GetInt32());
        Assert.Equal(4, purchasing.GetProperty("consequence").GetInt32());
        Assert.Equal(12, purchasing.GetProperty("risk").GetInt32());
        Assert.Equal("Ekonomi", purchasing.GetProperty("area").GetString());
        Assert.Equal("2025-06-13", purchasing.GetProperty("due").GetString());
        Assert.False(string.IsNullOrEmpty(purchasing.GetProperty("method").GetString()));
        Assert.Contains(purchasing.GetProperty("responsiblePersonId").GetString(), new[] { TestPeople.Internkontrollant, TestPeople.Ledamot });
        Assert.Equal(JsonValueKind.Null, purchasing.GetProperty("check").ValueKind);
    }

    [Theory]
    [InlineData("2031", HttpStatusCode.NotFound, "internal-control.not-planned")]
    [InlineData("1999", HttpStatusCode.BadRequest, "year.out-of-range")]
    [InlineData("tjugo", HttpStatusCode.BadRequest, "year.out-of-range")]
    public async Task Get_YearWithoutAPlan_IsAProblem(string year, HttpStatusCode status, string code)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Plans}/{year}", Ct), status, code);
        await Problems.AssertAsync(await client.GetAsync($"{Plans}/{year}/report", Ct), status, code);
        await Problems.AssertAsync(await client.PostAsync($"{Plans}/{year}/adopt", null, Ct), status, code);
    }

    [Fact]
    public async Task Get_AsBeredningsgrupp_Is403()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Beredningsgrupp);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Plans}/2026", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Plans}/2026/report", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisation_Is403()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);

        await Problems.AssertAsync(await client.GetAsync("/api/v1/orgs/other/internal-control/2026", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
        var check = await client.PostAsJsonAsync("/api/v1/orgs/other/internal-control/2026/controls/attest/check", new { result = "ok", comment = "Stickprov utan anmärkning" }, Ct);
        await Problems.AssertAsync(check, HttpStatusCode.Forbidden, "organisation.forbidden");
    }

    [Fact]
    public async Task Adopt_RecordsWhoAndWhen_AndAgainChangesNothing()
    {
        var first = await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var again = await ApiSeed.AdoptPlanAsync(_factory, 2026);

        Assert.Equal("adopted", first.GetProperty("status").GetString());
        Assert.Equal($"sco/{TestPeople.Forbundschef}", first.GetProperty("adoptedBy").GetString());
        Assert.Equal(first.GetProperty("adoptedAt").GetString(), again.GetProperty("adoptedAt").GetString());
        Assert.Equal(first.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());
        Assert.Equal(8, again.GetProperty("controls").GetArrayLength());
    }

    [Fact]
    public async Task Check_Ok_AsInternkontrollant_IsRecordedOnTheControl()
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);

        var response = await client.PostAsJsonAsync(
            $"{Plans}/2026/controls/attest/check",
            new { result = "ok", comment = "20 fakturor, alla rätt attesterade", evidenceUrl = "https://intranat.example.org/ik/attest-2026" },
            Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = Control(await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026", Ct), "attest").GetProperty("check");
        Assert.Equal("ok", check.GetProperty("result").GetString());
        Assert.Equal(TestPeople.Internkontrollant, check.GetProperty("by").GetString());
        Assert.Equal("https://intranat.example.org/ik/attest-2026", check.GetProperty("evidenceUrl").GetString());
        Assert.Equal(_factory.Now.ToString(), check.GetProperty("at").GetString());
    }

    [Fact]
    public async Task Check_Avvikelse_WithAction_ShowsInTheFollowUpReport()
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);
        var before = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026/report", Ct);

        var response = await client.PostAsJsonAsync(
            $"{Plans}/2026/controls/upphandling/check",
            new { result = "avvikelse", comment = "Två direktupphandlingar saknar dokumentation", actionNote = "Rutin för dokumentation tas fram till mars" },
            Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026/report", Ct);
        Assert.Equal(8, report.GetProperty("totalControls").GetInt32());
        Assert.Equal(before.GetProperty("deviationCount").GetInt32() + 1, report.GetProperty("deviationCount").GetInt32());
        Assert.Equal(before.GetProperty("uncheckedCount").GetInt32() - 1, report.GetProperty("uncheckedCount").GetInt32());
        var deviation = Assert.Single(report.GetProperty("deviations").EnumerateArray(), d => d.GetProperty("controlId").GetString() == "upphandling");
        Assert.Equal("Rutin för dokumentation tas fram till mars", deviation.GetProperty("actionNote").GetString());
        Assert.Equal(12, deviation.GetProperty("risk").GetInt32());
        Assert.DoesNotContain(report.GetProperty("overdue").EnumerateArray(), c => c.GetProperty("id").GetString() == "upphandling");
        Assert.Equal(_factory.Now.ToString(), report.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Report_ShowsTheRiskMatrixAndOverdueControls()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Ersattare);

        var report = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2025/report", Ct);

        // Probability 3 × consequence 4: upphandling and esf-redovisning.
        Assert.Equal(2, report.GetProperty("riskMatrix")[2][3].GetInt32());
        Assert.Equal(8, report.GetProperty("riskMatrix").EnumerateArray().Sum(row => row.EnumerateArray().Sum(cell => cell.GetInt32())));
        // Nothing was checked in 2025 and every control was due before today (2026-11-23).
        Assert.Equal(8, report.GetProperty("overdue").GetArrayLength());
        Assert.Equal("planned", report.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"comment":"Granskat"}""", "result.required")]
    [InlineData("""{"result":"kanske","comment":"Granskat"}""", "result.unknown")]
    [InlineData("""{"result":"ok"}""", "comment.required")]
    [InlineData("""{"result":"ok","comment":"   "}""", "comment.required")]
    [InlineData("""{"result":"ok","comment":"TOO_LONG"}""", "comment.too-long")]
    [InlineData("""{"result":"avvikelse","comment":"Brister i förteckningen"}""", "internal-control.action-note-required")]
    [InlineData("""{"result":"avvikelse","comment":"Brister","actionNote":"TOO_LONG"}""", "actionNote.too-long")]
    [InlineData("""{"result":"ok","comment":"Granskat","evidenceUrl":"ftp://filer.example.org/gdpr"}""", "internal-control.evidence-url-invalid")]
    [InlineData("""{"result":"ok","comment":"Granskat","evidenceUrl":"/ik/gdpr.pdf"}""", "internal-control.evidence-url-invalid")]
    [InlineData("""{"result":"ok","comment":"Granskat","evidenceUrl":"javascript:alert(1)"}""", "internal-control.evidence-url-invalid")]
    [InlineData("""{"result": 1""", "request.malformed")]
    public async Task Check_BadInput_Is400NamingIt_AndTheControlStaysUnchecked(string json, string code)
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);
        var before = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026", Ct);

        var response = await client.PostAsync(
            $"{Plans}/2026/controls/gdpr/check",
            new StringContent(json.Replace("TOO_LONG", new string('x', 4001), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
            Ct);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, code);
        var after = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026", Ct);
        Assert.Equal(JsonValueKind.Null, Control(after, "gdpr").GetProperty("check").ValueKind);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Check_UnknownControl_Is404_AndNothingChanges()
    {
        var adopted = await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);

        var response = await client.PostAsJsonAsync($"{Plans}/2026/controls/finns-inte/check", new { result = "ok", comment = "Granskat" }, Ct);

        await Problems.AssertAsync(response, HttpStatusCode.NotFound, "internal-control.unknown-control");
        Assert.Equal(adopted.GetProperty("version").GetInt32(), (await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026", Ct)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Check_InAPlanNotAdopted_Is400_AndNothingChanges()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);
        var before = await client.GetFromJsonAsync<JsonElement>($"{Plans}/2025", Ct);

        var response = await client.PostAsJsonAsync($"{Plans}/2025/controls/attest/check", new { result = "ok", comment = "Granskat" }, Ct);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "internal-control.not-adopted");
        Assert.Equal(before.GetProperty("version").GetInt32(), (await client.GetFromJsonAsync<JsonElement>($"{Plans}/2025", Ct)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Check_SameCheckSentAgain_Is200_AndChangesNothing()
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);
        var check = new { result = "avvikelse", comment = "Två utbetalningar utan attest", actionNote = "Attestrutinen ses över" };
        var first = await client.PostAsJsonAsync($"{Plans}/2026/controls/diarieforing/check", check, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var again = await client.PostAsJsonAsync($"{Plans}/2026/controls/diarieforing/check", check, Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32(),
            (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Check_Twice_Is400_AndKeepsTheFirstOutcome()
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);
        var first = await client.PostAsJsonAsync($"{Plans}/2026/controls/lonehantering/check", new { result = "ok", comment = "Stickprov utan anmärkning" }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await client.PostAsJsonAsync(
            $"{Plans}/2026/controls/lonehantering/check", new { result = "avvikelse", comment = "Ändrat mig", actionNote = "Göra om" }, Ct);

        await Problems.AssertAsync(second, HttpStatusCode.BadRequest, "internal-control.already-checked");
        var check = Control(await client.GetFromJsonAsync<JsonElement>($"{Plans}/2026", Ct), "lonehantering").GetProperty("check");
        Assert.Equal("ok", check.GetProperty("result").GetString());
        Assert.Equal("Stickprov utan anmärkning", check.GetProperty("comment").GetString());
    }

    private static JsonElement Control(JsonElement plan, string id) =>
        Assert.Single(plan.GetProperty("controls").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
}
