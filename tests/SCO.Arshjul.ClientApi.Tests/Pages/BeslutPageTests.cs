using System.Net;
using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>
/// /beslut and /beslut/{reference}: the board with the meeting and the last note; the decision with its history; the
/// status and note forms for förbundschef and kansli, the rule error in Swedish, read-only for a revisor.
/// </summary>
public sealed class BeslutPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public BeslutPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Board_ShowsTheMeetingsTitleAndDate_AndTheLastNote()
    {
        var meeting = await NextBoardMeetingAsync(_factory);
        var decision = await RecordAsync(_factory, "SCÖ 2026-7.1", "Revidera delegationsordningen", meeting.Key);
        await decision.AddNoteAsync("Första utkastet klart", "sco/annika-westerlund", Ct);
        await decision.AddNoteAsync("Remiss till beredningsgruppen", "sco/annika-westerlund", Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync("/beslut?year=2027", Ct);

        var row = RowOf(page, "SCÖ 2026-7.1");
        Assert.Contains($">{meeting.Title}</a>", row, StringComparison.Ordinal);
        Assert.Contains(LocalDatePattern.Iso.Format(meeting.Start.Date), row, StringComparison.Ordinal);
        Assert.Contains("Remiss till beredningsgruppen", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Första utkastet klart", row, StringComparison.Ordinal);
        Assert.Contains("href=\"/beslut/export?year=2027\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbundschef_ChangesTheStatusWithTheForm_AndSeesItOnTheBoard()
    {
        var reference = "SCÖ 2026-7.2";
        await RecordAsync(_factory, reference, "Upphandla utvärdering");
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var response = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Status",
            new Dictionary<string, string> { ["status"] = "InProgress", ["note"] = "Förfrågningsunderlaget är ute" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = await Grain(_factory, reference).GetAsync(Ct);
        Assert.Equal(DecisionStatus.InProgress, decision.Status);
        Assert.Equal("sco/annika-westerlund", decision.History[^1].Actor);
        var board = await browser.GetStringAsync("/beslut?status=inProgress", Ct);
        Assert.Contains("Pågår", RowOf(board, reference), StringComparison.Ordinal);
        Assert.Contains("Förfrågningsunderlaget är ute", RowOf(board, reference), StringComparison.Ordinal);
        var detail = await browser.GetStringAsync(PathOf(reference), Ct);
        Assert.Contains("Status ändrad till pågår.", detail, StringComparison.Ordinal);
        Assert.Contains("Status ändrad från beslutat till pågår.", detail, StringComparison.Ordinal);
        Assert.Contains("Annika Westerlund", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoteForm_AddsADatedNote()
    {
        var reference = "SCÖ 2026-7.3";
        await RecordAsync(_factory, reference, "Ta fram kommunikationsplan");
        var browser = await Browserless.SignInAsync(_factory, "petra.sjodin@example.org");

        var response = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Note",
            new Dictionary<string, string> { ["note"] = "Kontakt tagen med <kommunikatörerna>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = Assert.Single((await Grain(_factory, reference).GetAsync(Ct)).Notes);
        Assert.Equal(("sco/petra-sjodin", "Kontakt tagen med <kommunikatörerna>"), (note.Author, note.Text));
        var detail = await browser.GetStringAsync(PathOf(reference), Ct);
        Assert.Contains("Kontakt tagen med &lt;kommunikatörerna&gt;", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepThatSkipsAStatus_ShowsTheRuleInSwedish_AndChangesNothing()
    {
        var reference = "SCÖ 2026-7.4";
        await RecordAsync(_factory, reference, "Utreda samlokalisering");
        var before = await Grain(_factory, reference).GetAsync(Ct);
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var response = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Status",
            new Dictionary<string, string> { ["status"] = "ReportedBack", ["note"] = "Hoppar över" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Status kan inte gå från beslutat till återrapporterat: steget pågår och verkställt saknas.",
            await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = await Grain(_factory, reference).GetAsync(Ct);
        Assert.Equal((DecisionStatus.Decided, before.Version, 0), (after.Status, after.Version, after.Notes.Count));
    }

    [Fact]
    public async Task Revisor_SeesTheDecisionAndItsHistory_ButNoForm_AndAForgedPostIs403AndChangesNothing()
    {
        var reference = "SCÖ 2026-7.5";
        await RecordAsync(_factory, reference, "Granska attestordningen");
        var browser = await Browserless.SignInAsync(_factory, "lena.torstensson@example.org");

        var page = await browser.GetAsync(PathOf(reference), Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Styrelsen ger förbundschefen i uppdrag att granska attestordningen.", html, StringComparison.Ordinal);
        Assert.Contains("Beslut SCÖ 2026-7.5 registrerat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Status", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Note", html, StringComparison.Ordinal);

        var forged = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Status",
            new Dictionary<string, string> { ["status"] = "InProgress" });

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("Ingen behörighet", await forged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = await Grain(_factory, reference).GetAsync(Ct);
        Assert.Equal((DecisionStatus.Decided, 1), (after.Status, after.Version));
    }

    [Fact]
    public async Task BoardMemberResponsibleForADecision_AddsANote_ButCannotChangeItsStatus()
    {
        var reference = "SCÖ 2026-7.6";
        var grain = Grain(_factory, reference);
        await grain.RecordAsync(
            new RecordDecision(reference, (await NextBoardMeetingAsync(_factory)).Key, "Leda dialogmöte", "Ordföranden leder dialogmötet med medlemmarna.", TestPeople.Ledamot, new LocalDate(2027, 2, 28)),
            "sco/annika-westerlund",
            Ct);
        var browser = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");

        var page = await browser.GetStringAsync(PathOf(reference), Ct);
        var noted = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Note", new Dictionary<string, string> { ["note"] = "Inbjudan skickad" });
        var forged = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Status", new Dictionary<string, string> { ["status"] = "InProgress" });

        Assert.Contains("handler=Note", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Status", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var after = await grain.GetAsync(Ct);
        Assert.Equal(DecisionStatus.Decided, after.Status);
        Assert.Equal(("sco/goran-vikstrom", "Inbjudan skickad"), (after.Notes.Single().Author, after.Notes.Single().Text));
    }

    [Fact]
    public async Task BoardMember_CannotAddANoteToAnothersDecision()
    {
        var reference = "SCÖ 2026-7.7";
        await RecordAsync(_factory, reference, "Revidera arbetsordningen");
        var browser = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");

        var page = await browser.GetStringAsync(PathOf(reference), Ct);
        var forged = await Browserless.SubmitAsync(browser, $"{PathOf(reference)}?handler=Note", new Dictionary<string, string> { ["note"] = "Förfalskad" });

        Assert.DoesNotContain("handler=Note", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Empty((await Grain(_factory, reference).GetAsync(Ct)).Notes);
    }

    [Fact]
    public async Task UnknownDecision_Is404()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PathOf("SCÖ 1999-1.1"), Ct)).StatusCode);
    }

    /// <summary>Records a decision due 2027-02-28, decided at <paramref name="meetingKey"/> (a planned board meeting by default).</summary>
    internal static async Task<IDecisionGrain> RecordAsync(ArshjulWebFactory factory, string reference, string title, string? meetingKey = null)
    {
        meetingKey ??= (await NextBoardMeetingAsync(factory)).Key;
        var grain = Grain(factory, reference);
        var text = $"Styrelsen ger förbundschefen i uppdrag att {char.ToLowerInvariant(title[0])}{title[1..]}.";
        await grain.RecordAsync(new RecordDecision(reference, meetingKey, title, text, TestPeople.Forbundschef, new LocalDate(2027, 2, 28)), "sco/annika-westerlund", Ct);
        return grain;
    }

    /// <summary>The first board meeting after the factory's start (from the meeting register the wheel filled).</summary>
    internal static async Task<MeetingSummary> NextBoardMeetingAsync(ArshjulWebFactory factory) =>
        (await factory.Grains.GetGrain<IMeetingRegisterGrain>("sco/meeting-register")
            .ListAsync(new MeetingRegisterFilter(From: factory.Now, BodyId: "styrelse"), Ct))[0];

    /// <summary>The table row of <paramref name="reference"/> on a board page.</summary>
    internal static string RowOf(string page, string reference)
    {
        var at = page.IndexOf($">{reference}</a>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"{reference} is not on the page");
        var start = page.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static string PathOf(string reference) => $"/beslut/{Uri.EscapeDataString(reference)}";

    private static IDecisionGrain Grain(ArshjulWebFactory factory, string reference) => factory.Grains.GetGrain<IDecisionGrain>($"sco/decision/{reference}");
}
