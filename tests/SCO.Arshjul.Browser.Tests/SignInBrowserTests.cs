using Microsoft.Playwright;
using SCO.Arshjul.Browser.Tests.Support;

namespace SCO.Arshjul.Browser.Tests;

/// <summary>In Chromium: a person signs in through the link found in the file outbox.</summary>
public sealed class SignInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task SignInThroughTheMailedLink_OpensMinaSidor()
    {
        var page = await host.NewPageAsync();

        await host.SignInAsync(page, "annika.westerlund@example.org");

        Assert.Contains("Hej Annika Westerlund!", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_OnAPhone()
    {
        var page = await host.NewPageAsync(phone: true);

        await page.GotoAsync("/inloggning");

        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Skicka inloggningslänk" }).IsVisibleAsync());
        await BrowserHost.ScreenshotAsync(page, "inloggning-mobil");
    }

    [Fact]
    public async Task SignInPage_OnADesktop()
    {
        var page = await host.NewPageAsync();

        await page.GotoAsync("/inloggning");

        Assert.True(await page.GetByLabel("E-postadress").IsVisibleAsync());
        await BrowserHost.ScreenshotAsync(page, "inloggning");
    }
}
