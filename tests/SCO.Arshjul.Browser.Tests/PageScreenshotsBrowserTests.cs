using Microsoft.Playwright;
using NodaTime;
using SCO.Arshjul.Browser.Tests.Support;
using SCO.Arshjul.Grains.Decisions;
using static Microsoft.Playwright.Assertions;

namespace SCO.Arshjul.Browser.Tests;

/// <summary>
/// In Chromium: every page as the förbundschef sees it, saved as <c>screenshots/{name}.png</c> (desktop, and a phone
/// for the pages with wide tables or the wheel). Each page shows its heading, and on a phone nothing is wider than the
/// screen (no sideways scrolling).
/// </summary>
public sealed class PageScreenshotsBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Decision = "SCÖ 2026-5.1";

    // Every page: path, its heading, the screenshot's name, and whether a phone is shown it too (wide tables, the wheel).
    private static readonly (string Path, string Heading, string Name, bool Phone)[] Pages =
    [
        ("/mina-sidor", "Hej Annika Westerlund!", "mina-sidor", true),
        ("/beslut", "Styrelsens beslut och processer", "beslut", true),
        ("/beslut/" + Decision, Decision + ": Revidera delegationsordningen", "beslut-detalj", false),
        ("/moten", "Möten", "moten", false),
        ("/moten/2026-12-11-styrelsemote", "Styrelsemöte", "mote", true),
        ("/arshjul", "Årshjul 2026", "arshjul", true),
        ("/internkontroll", "Internkontrollplan 2026", "internkontroll", true),
        ("/internkontroll/2026/rapport", "Uppföljning av internkontrollplan 2026", "internkontroll-rapport", false),
        ("/arbetsmiljo", "Systematiskt arbetsmiljöarbete 2026", "arbetsmiljo", false),
        ("/utskick", "Utskick", "utskick", true),
    ];

    /// <summary>Each page on a desktop, and those marked so on a phone too (named <c>{name}-mobil</c>).</summary>
    public static TheoryData<string, string, string, bool> Screens { get; } = new(Pages.SelectMany(p => p.Phone
        ? new[] { (p.Path, p.Heading, p.Name, false), (p.Path, p.Heading, p.Name + "-mobil", true) }
        : [(p.Path, p.Heading, p.Name, false)]));

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Page_ShowsItsHeading_AndFitsTheScreen(string path, string heading, string name, bool phone)
    {
        await ArrangeDecisionsAsync();
        var page = await host.SignedInPageAsync("annika.westerlund@example.org", phone);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await BrowserHost.ScreenshotAsync(page, name);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px screen");
        await page.Context.CloseAsync();
    }

    // A few decisions in different states, so the board and its detail page have something to show.
    private async Task ArrangeDecisionsAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await SampleDecisions.RecordAsync(host.Factory, Decision, "Revidera delegationsordningen", new LocalDate(2026, 10, 31));
        if ((await first.GetAsync(ct)).Status == DecisionStatus.Decided)
        {
            await first.ChangeStatusAsync(DecisionStatus.InProgress, "Första utkastet är klart och går på remiss till beredningsgruppen.", "sco/annika-westerlund", ct);
            await first.AddNoteAsync("Beredningsgruppen har lämnat synpunkter.", "sco/petra-sjodin", ct);
        }

        await SampleDecisions.RecordAsync(host.Factory, "SCÖ 2026-5.2", "Ta fram en kommunikationsplan för insatserna", new LocalDate(2027, 2, 28));
    }
}
