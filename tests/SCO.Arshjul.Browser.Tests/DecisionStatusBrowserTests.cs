using Microsoft.Playwright;
using NodaTime;
using SCO.Arshjul.Browser.Tests.Support;
using SCO.Arshjul.Grains.Decisions;
using static Microsoft.Playwright.Assertions;

namespace SCO.Arshjul.Browser.Tests;

/// <summary>In Chromium: the förbundschef moves a decision on with a note, and the status board shows the new status.</summary>
public sealed class DecisionStatusBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Forbundschef_ChangesADecisionsStatusWithANote_AndTheBoardShowsIt()
    {
        var decision = await SampleDecisions.RecordAsync(host.Factory, "SCÖ 2026-5.3", "Upphandla en extern utvärdering", new LocalDate(2027, 3, 31));
        var page = await host.SignedInPageAsync("annika.westerlund@example.org");

        await page.GotoAsync("/beslut");
        await page.GetByRole(AriaRole.Link, new() { Name = "SCÖ 2026-5.3" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SCÖ 2026-5.3: Upphandla en extern utvärdering");
        await page.GetByLabel("Ny status").SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });
        await page.GetByLabel("Anteckning (frivillig)").FillAsync("Förfrågningsunderlaget är skickat till tre leverantörer.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status ändrad till pågår.");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Styrelsens beslut och processer" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "SCÖ 2026-5.3" }) });
        await Expect(row.Locator("td[data-label=Status]")).ToHaveTextAsync("Pågår");
        await Expect(row.Locator("td[data-label='Senaste anteckning']")).ToContainTextAsync("Förfrågningsunderlaget är skickat till tre leverantörer.");
        Assert.Equal(DecisionStatus.InProgress, (await decision.GetAsync(TestContext.Current.CancellationToken)).Status);
    }
}
