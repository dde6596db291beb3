using Microsoft.Playwright;
using SCO.Arshjul.Browser.Tests.Support;
using SCO.Arshjul.Grains.InternalControl;
using static Microsoft.Playwright.Assertions;

namespace SCO.Arshjul.Browser.Tests;

/// <summary>
/// In Chromium: the förbundschef registers that the board adopted the year's internkontrollplan, then an
/// internkontrollant checks off a control with the form and sees it checked in the plan.
/// </summary>
public sealed class CheckOffControlBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Internkontrollant_ChecksOffAControlWithTheForm_AndThePlanShowsItChecked()
    {
        var plan = host.Factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2026");
        var control = (await plan.GetAsync(TestContext.Current.CancellationToken)).Controls[0];

        var chef = await host.SignedInPageAsync("annika.westerlund@example.org");
        await chef.GotoAsync("/internkontroll");
        await chef.GetByRole(AriaRole.Button, new() { Name = "Registrera att styrelsen fastställt planen" }).ClickAsync();
        await Expect(chef.GetByRole(AriaRole.Status)).ToHaveTextAsync("Internkontrollplanen är registrerad som fastställd av styrelsen.");

        var page = await host.SignedInPageAsync("maria.lovgren@example.org");
        await page.GotoAsync("/internkontroll");
        var form = page.Locator("details.check-off").Filter(new() { HasText = control.Title });
        await form.GetByText(control.Title).ClickAsync();
        await form.GetByLabel("Utan anmärkning").CheckAsync();
        await form.GetByLabel("Kommentar: vad kontrollerades och vad framkom").FillAsync("Tio stickprov granskade, inga fel.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Pricka av" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kontrollen är avprickad.");
        var row = page.Locator($"#kontroll-{control.Id}");
        await Expect(row.Locator("td[data-label='Senaste kontroll']")).ToContainTextAsync("Utan anmärkning");
        await Expect(row.Locator("td[data-label='Senaste kontroll']")).ToContainTextAsync("Maria Lövgren");
        await Expect(row.Locator("td[data-label='Senaste kontroll']")).ToContainTextAsync("Tio stickprov granskade, inga fel.");
        await Expect(form).ToHaveCountAsync(0);
        var check = (await plan.GetAsync(TestContext.Current.CancellationToken)).Controls.Single(c => c.Id == control.Id).Check;
        Assert.Equal((ControlResult.Ok, "maria-lovgren", "Tio stickprov granskade, inga fel."), (check?.Result, check?.By, check?.Comment));
        await BrowserHost.ScreenshotAsync(page, "internkontroll-avprickad");
    }
}
