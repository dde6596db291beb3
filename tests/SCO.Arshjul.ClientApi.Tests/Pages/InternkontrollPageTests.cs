using System.Net;
using System.Text.RegularExpressions;
using SCO.Arshjul.ClientApi.Api.InternalControl;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>
/// /internkontroll/{year}: the plan, the risk matrix, the controls and the check-off form (internkontrollanter and
/// managers only, refusals in Swedish with nothing changed); /internkontroll/{year}/rapport, the printable follow-up.
/// </summary>
public sealed partial class InternkontrollPageTests : IClassFixture<ArshjulWebFactory>
{
    private const string Manager = "sco/annika-westerlund";
    private readonly ArshjulWebFactory _factory;

    public InternkontrollPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Internkontrollant_ChecksOffAControlThroughTheForm_AndThePlanShowsIt()
    {
        var plan = await AdoptedAsync(2026);
        var browser = await Browserless.SignInAsync(_factory, "maria.lovgren@example.org");

        var response = await Browserless.SubmitAsync(browser, "/internkontroll/2026?handler=Check", new Dictionary<string, string>
        {
            ["controlId"] = "attest",
            ["result"] = "ok",
            ["comment"] = "20 fakturor <granskade>, alla rätt attesterade",
            ["evidenceUrl"] = "https://example.org/underlag/attest-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/internkontroll/2026", response.Headers.Location?.OriginalString);
        var check = (await plan.GetAsync(Ct)).Controls.Single(c => c.Id == "attest").Check;
        Assert.NotNull(check);
        Assert.Equal(ControlResult.Ok, check.Result);
        Assert.Equal("maria-lovgren", check.By);
        Assert.Equal("https://example.org/underlag/attest-2026", check.EvidenceUrl);
        var page = await browser.GetStringAsync("/internkontroll/2026", Ct);
        Assert.Contains("Kontrollen är avprickad.", page, StringComparison.Ordinal);
        Assert.Contains("20 fakturor &lt;granskade&gt;, alla rätt attesterade", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviationWithoutAnAction_IsRefusedInSwedish_AndNothingChanges()
    {
        var plan = await AdoptedAsync(2026);
        var before = (await plan.GetAsync(Ct)).Version;
        var browser = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");

        var response = await Browserless.SubmitAsync(browser, "/internkontroll/2026?handler=Check", new Dictionary<string, string>
        {
            ["controlId"] = "delegationsbeslut",
            ["result"] = "avvikelse",
            ["comment"] = "Två beslut anmäldes inte",
        });
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("visar en avvikelse: ange vilken åtgärd som ska vidtas.", page, StringComparison.Ordinal);
        Assert.Contains(">Två beslut anmäldes inte</textarea>", page, StringComparison.Ordinal);
        var after = await plan.GetAsync(Ct);
        Assert.Equal(before, after.Version);
        Assert.Null(after.Controls.Single(c => c.Id == "delegationsbeslut").Check);
    }

    [Fact]
    public async Task Revisor_SeesNoForm_AndAForgedCheckIs403_AndChangesNothing()
    {
        var plan = await AdoptedAsync(2026);
        var before = (await plan.GetAsync(Ct)).Version;
        var browser = await Browserless.SignInAsync(_factory, "lena.torstensson@example.org");

        var page = await browser.GetStringAsync("/internkontroll/2026", Ct);
        var forged = await Browserless.SubmitAsync(browser, "/internkontroll/2026?handler=Check", new Dictionary<string, string>
        {
            ["controlId"] = "upphandling",
            ["result"] = "ok",
            ["comment"] = "Förfalskat",
        });

        Assert.Contains("<table class=\"responsive controls\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Check", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, (await plan.GetAsync(Ct)).Version);
    }

    [Fact]
    public async Task RiskMatrix_CountsThePlansControlsPerCell()
    {
        var plan = await _factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2026").GetAsync(Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync("/internkontroll/2026", Ct);

        var cells = Cell().Matches(page).ToDictionary(
            m => (int.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture)),
            m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(16, cells.Count);
        for (var p = 1; p <= 4; p++)
        {
            for (var c = 1; c <= 4; c++)
            {
                Assert.Equal(plan.Controls.Count(x => x.Probability == p && x.Consequence == c), cells[(p, c)]);
            }
        }

        Assert.True(plan.Controls.Count > 0 && cells.Values.Sum() == plan.Controls.Count);
        Assert.Matches("<td class=\"risk-critical[^\"]*\" data-probability=\"4\" data-consequence=\"4\"", page);
        Assert.Matches("<td class=\"risk-low[^\"]*\" data-probability=\"1\" data-consequence=\"1\"", page);
    }

    [Fact]
    public async Task Report_ListsEveryControl_AndHasNoForms()
    {
        var plan = await _factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2026").GetAsync(Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var page = await client.GetStringAsync("/internkontroll/2026/rapport", Ct);

        Assert.Contains("<h1>Uppföljning av internkontrollplan 2026</h1>", page, StringComparison.Ordinal);
        Assert.All(plan.Controls, c =>
        {
            Assert.Contains($"<tr id=\"kontroll-{c.Id}\"", page, StringComparison.Ordinal);
            Assert.Contains(c.Title, page, StringComparison.Ordinal);
        });
        Assert.Contains($"<tr><th scope=\"row\">Kontroller i planen</th><td>{plan.Controls.Count}</td></tr>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("details class=\"check-off\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbundschef_RecordsTheBoardsAdoption_AndAnInternkontrollantMayNot()
    {
        var plan = _factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025");
        Assert.Equal(InternalControlPlanStatus.Planned, (await plan.GetAsync(Ct)).Status);
        var internkontrollant = await Browserless.SignInAsync(_factory, "maria.lovgren@example.org");
        var forbundschef = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var refused = await Browserless.SubmitAsync(internkontrollant, "/internkontroll/2025?handler=Adopt", new Dictionary<string, string>());
        var statusAfterRefusal = (await plan.GetAsync(Ct)).Status;
        var adopted = await Browserless.SubmitAsync(forbundschef, "/internkontroll/2025?handler=Adopt", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(InternalControlPlanStatus.Planned, statusAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        var snapshot = await plan.GetAsync(Ct);
        Assert.Equal(InternalControlPlanStatus.Adopted, snapshot.Status);
        Assert.Equal("sco/annika-westerlund", snapshot.AdoptedBy);
    }

    [Fact]
    public async Task Kansli_RecordsTheAdoption_ButDoesNotCheckOffControls()
    {
        await using var factory = new ArshjulWebFactory(); // its own: the class's factory adopts 2026 in other tests
        var plan = factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2026");
        Assert.Equal(InternalControlPlanStatus.Planned, (await plan.GetAsync(Ct)).Status);
        var kansli = await Browserless.SignInAsync(factory, "petra.sjodin@example.org");

        var adopted = await Browserless.SubmitAsync(kansli, "/internkontroll/2026?handler=Adopt", new Dictionary<string, string>());
        var versionAfterAdoption = (await plan.GetAsync(Ct)).Version;
        var page = await kansli.GetStringAsync("/internkontroll/2026", Ct);
        var check = await Browserless.SubmitAsync(kansli, "/internkontroll/2026?handler=Check", new Dictionary<string, string>
        {
            ["controlId"] = "attest",
            ["result"] = "ok",
            ["comment"] = "Kansliet kontrollerar sig självt",
        });

        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        Assert.Equal(InternalControlPlanStatus.Adopted, (await plan.GetAsync(Ct)).Status);
        Assert.DoesNotContain("handler=Check", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, check.StatusCode);
        Assert.Equal(versionAfterAdoption, (await plan.GetAsync(Ct)).Version);
    }

    [Fact]
    public async Task Controls_AreMarkedOverdueAfterTheirDate()
    {
        var plan = await (await AdoptedAsync(2026)).GetAsync(Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var page = await client.GetStringAsync("/internkontroll", Ct);

        var open = plan.Controls.First(c => c.Check is null);
        Assert.Contains($"<tr id=\"kontroll-{open.Id}\" class=\"overdue\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Internkontrollplan 2026</h1>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestPeople.Beredningsgrupp)]
    [InlineData(TestPeople.Medlemsrad)]
    public async Task ThoseWhoDoNotReadEverything_Get403(string person)
    {
        var client = await _factory.ClientAsAsync(person);

        var plan = await client.GetAsync("/internkontroll/2026", Ct);
        var report = await client.GetAsync("/internkontroll/2026/rapport", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
    }

    /// <summary>The plan of <paramref name="year"/>, adopted as drawn up (adopting again changes nothing).</summary>
    private async Task<IInternalControlPlanGrain> AdoptedAsync(int year)
    {
        var grain = _factory.Grains.GetGrain<IInternalControlPlanGrain>($"sco/internal-control/{year}");
        await grain.AdoptAsync(DrawnUpPlan.Of(await grain.GetAsync(Ct)), Manager, Ct);
        return grain;
    }

    [GeneratedRegex("data-probability=\"(?<p>[1-4])\" data-consequence=\"(?<c>[1-4])\"[^>]*>(?<n>[0-9]+)</td>")]
    private static partial Regex Cell();
}
