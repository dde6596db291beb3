using Microsoft.Playwright;
using SCO.Arshjul.Browser.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using static Microsoft.Playwright.Assertions;

namespace SCO.Arshjul.Browser.Tests;

/// <summary>In Chromium: a board member clicks a meeting's mark on the årshjul and lands on that meeting's page.</summary>
public sealed class WheelToMeetingBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task MeetingsMarkOnTheWheel_OpensThatMeeting()
    {
        var activities = await host.Factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(TestContext.Current.CancellationToken);
        var meeting = activities.First(a => a.Kind == WheelItemKind.Meeting && a.TemplateActivityId == "styrelsemote" && a.Start!.Value.Month == 12);
        var page = await host.SignedInPageAsync("sofia.nyqvist@example.org");

        await page.GotoAsync("/arshjul");
        var wheel = page.GetByRole(AriaRole.Figure);
        await wheel.GetByRole(AriaRole.Link, new() { Name = $"{meeting.Title}, 2026-12-11 09:00–12:00" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(host.BaseAddress, $"/moten/{meeting.Id}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(meeting.Title);
        await Expect(page.GetByText("2026-12-11 09:00–12:00")).ToBeVisibleAsync();
    }
}
