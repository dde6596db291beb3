using System.Net;
using System.Net.Http.Json;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>
/// Issue 7: /forhandsvisning, for förbundschef and kansli: the period's notifications by week, counts per kind and per
/// person, the assumption, and the flags (a weekend or holiday; more than the configured number for a person in a day).
/// </summary>
public sealed class ForhandsvisningPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public ForhandsvisningPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_WithoutAPeriod_ShowsTheFormFromTodayToTheEndOfTheYearAndRunsNothing()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var page = await client.GetStringAsync("/forhandsvisning", Ct);

        Assert.Contains("<h1>Förhandsvisning av utskick</h1>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" type=\"date\" value=\"2026-11-23\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"to\" type=\"date\" value=\"2026-12-31\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Vecka", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/forhandsvisning\">Förhandsvisning</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Period_ListsTheNotificationsByWeekWithCountsTheAssumptionAndTheFlags()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);

        var page = await client.GetStringAsync("/forhandsvisning?from=2026-11-30&to=2026-12-13", Ct);

        Assert.Contains("Vecka 49 (2026-11-30 – 2026-12-06)", page, StringComparison.Ordinal);
        Assert.Contains("Vecka 50 (2026-12-07 – 2026-12-13)", page, StringComparison.Ordinal);
        Assert.Contains("Planen följs", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Per typ</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Handlingar</td>", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Per person</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<td>annika.westerlund@example.org</td>", page, StringComparison.Ordinal);
        Assert.Contains("fre 2026-12-04 09:00", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/moten/2026-12-11-styrelsemote\"", page, StringComparison.Ordinal);
        Assert.Contains("Sofia Nyqvist &lt;sofia.nyqvist@example.org&gt;, ersättare (valfri)", page, StringComparison.Ordinal);
        Assert.Contains("Inga utskick på helger eller helgdagar.", page, StringComparison.Ordinal);

        // 2026 was generated on 23 November: what fell due before is late on the status board but reminds nobody weekly
        // (born overdue), so nobody reaches the default threshold in these two weeks.
        Assert.Contains("Ingen får fler än 5 utskick samma dag.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("flagged", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_APersonOverTheThreshold_IsFlaggedOnThatDay()
    {
        using var factory = new ArshjulWebFactory { Settings = new Dictionary<string, string> { ["Preview:MaxPerPersonPerDay"] = "1" } };
        var client = await factory.ClientAsAsync(TestPeople.Forbundschef);
        foreach (var reference in new[] { "SCÖ 2026-9.1", "SCÖ 2026-9.2" })
        {
            var created = await client.PostAsJsonAsync("/api/v1/orgs/sco/decisions", new
            {
                reference,
                meetingKey = "sco/meeting/2026-11-27-styrelse",
                title = "Uppdrag att ta fram rutin",
                text = "Styrelsen ger förbundschefen i uppdrag …",
                responsible = TestPeople.Forbundschef,
                due = "2026-12-08",
            }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var page = await client.GetStringAsync("/forhandsvisning?from=2026-11-30&to=2026-12-13", Ct);

        // Both decisions are due on Tuesday 8 December: the förbundschef gets their two reminders that day, and on Friday
        // 4 December their four-day reminders and the beredningsgrupp's justering.
        Assert.Contains("Fler än 1 utskick samma dag: Annika Westerlund 2026-12-04 (3 st), Annika Westerlund 2026-12-08 (2 st)", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"flagged\">Annika Westerlund &lt;annika.westerlund@example.org&gt;", page, StringComparison.Ordinal);
        Assert.Contains("– fler än 1 denna dag", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ThresholdRaisedInTheSettings_FlagsNobody()
    {
        using var factory = new ArshjulWebFactory { Settings = new Dictionary<string, string> { ["Preview:MaxPerPersonPerDay"] = "100" } };
        var client = await factory.ClientAsAsync(TestPeople.Forbundschef);

        var page = await client.GetStringAsync("/forhandsvisning?from=2026-11-30&to=2026-12-13", Ct);

        Assert.Contains("Ingen får fler än 100 utskick samma dag.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("flagged", page, StringComparison.Ordinal);
        Assert.Contains("Vecka 49", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PeriodReversed_Is400WithTheReason()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var response = await client.GetAsync("/forhandsvisning?from=2026-12-13&to=2026-12-01", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Från (2026-12-13) är efter till (2026-12-01).", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsABoardMember_Is403AndTheMenuHasNoLink()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Ledamot);

        var response = await client.GetAsync("/forhandsvisning?from=2026-12-01&to=2026-12-13", Ct);
        var menu = await client.GetStringAsync("/mina-sidor", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Ingen behörighet", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("/forhandsvisning", menu, StringComparison.Ordinal);
    }
}
