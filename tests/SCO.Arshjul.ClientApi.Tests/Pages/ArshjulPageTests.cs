using System.Net;
using System.Text.RegularExpressions;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/arshjul/{year}: the year as an SVG wheel (a linked mark per activity, month sectors, today's line) and as a list.</summary>
public sealed partial class ArshjulPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public ArshjulPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task Wheel_HasOneLinkedMarkPerActivity_WithATooltip(int year)
    {
        var activities = await _factory.Grains.GetGrain<IAnnualWheelGrain>($"sco/wheel/{year}").GetActivitiesAsync(Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var svg = Svg(await client.GetStringAsync($"/arshjul/{year}", Ct));

        Assert.NotEmpty(activities);
        Assert.Equal(activities.Count, Mark().Count(svg));
        Assert.All(Mark().Matches(svg), m => Assert.NotEmpty(m.Groups["title"].Value));
    }

    [Fact]
    public async Task BoardMeetingsMark_LinksToTheMeeting_InTheBoardsRing()
    {
        var activities = await _factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(Ct);
        var meeting = activities.First(a => a.Kind == WheelItemKind.Meeting && a.TemplateActivityId == "styrelsemote" && a.Start!.Value.Month == 12);
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var svg = Svg(await client.GetStringAsync("/arshjul/2026", Ct));

        var mark = Assert.Single(Mark().Matches(svg), m => m.Groups["href"].Value == $"/moten/{meeting.Id}");
        Assert.StartsWith("mark ring-styrelse", mark.Groups["class"].Value, StringComparison.Ordinal);
        Assert.Contains(meeting.Title, mark.Groups["title"].Value, StringComparison.Ordinal);
        Assert.Contains("2026-12-11 09:00–12:00", mark.Groups["title"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wheel_HasTwelveMonthSectorsLabelledInOrder()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var svg = Svg(await client.GetStringAsync("/arshjul/2026", Ct));

        Assert.Equal(12, Regex.Count(svg, "<path class=\"month (odd|even)\""));
        Assert.Equal(
            ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            MonthLabel().Matches(svg).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task TodaysLine_IsOnTheCurrentYearOnly_AtTodaysAngle()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var current = Svg(await client.GetStringAsync("/arshjul", Ct));
        var past = Svg(await client.GetStringAsync("/arshjul/2025", Ct));

        var line = TodayLine().Match(current);
        Assert.True(line.Success, "no today line on the current year");
        // 23 November 09:00 is 326.375 days into 2026: 321.9° clockwise from the top, up and to the left of the centre.
        var (x, y) = (double.Parse(line.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(line.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-0.617, (x - 400) / Math.Sqrt(((x - 400) * (x - 400)) + ((y - 400) * (y - 400))), 2);
        Assert.True(y < 400);
        Assert.DoesNotContain("class=\"today\"", past, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_GroupsByMonth_AndADeadlinesMarkLeadsToItsLine()
    {
        var activities = await _factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(Ct);
        var deadline = activities.First(a => a.Kind == WheelItemKind.Deadline);
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var page = await client.GetStringAsync("/arshjul/2026", Ct);

        Assert.Contains($"href=\"/arshjul/2026#{deadline.Id}\"", Svg(page), StringComparison.Ordinal);
        Assert.Contains($"<tr id=\"{deadline.Id}\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("<h3>Januari</h3>", StringComparison.Ordinal) < page.IndexOf("<h3>December</h3>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AYearWithoutAWheel_Is404WithASwedishNotice()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var response = await client.GetAsync("/arshjul/2031", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Det finns inget årshjul för 2031.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static string Svg(string page)
    {
        var start = page.IndexOf("<svg class=\"wheel\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no wheel on the page");
        return page[start..(page.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    [GeneratedRegex("<a class=\"(?<class>mark [^\"]*)\" href=\"(?<href>[^\"]+)\"><title>(?<title>[^<]*)</title><circle ")]
    private static partial Regex Mark();

    [GeneratedRegex("<text x=\"[0-9.]+\" y=\"[0-9.]+\">([a-zåäö]{3})</text>")]
    private static partial Regex MonthLabel();

    [GeneratedRegex("<g class=\"today\"><title>Idag</title><line x1=\"[0-9.]+\" y1=\"[0-9.]+\" x2=\"(?<x>[0-9.]+)\" y2=\"(?<y>[0-9.]+)\" />")]
    private static partial Regex TodayLine();
}
