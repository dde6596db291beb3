using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// Issue 7: <c>/api/v1/orgs/{org}/preview?from=&amp;to=</c>, on Monday 23 November 2026 with 2026 generated at start:
/// what the wheel would send, from the stored state, with its assumption and channel; bad input is a 400.
/// </summary>
public sealed class PreviewEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Preview = "/api/v1/orgs/sco/preview";
    private const string BoardMeeting = "sco/meeting/2026-12-11-styrelsemote";
    private const string PreparationMeeting = "sco/meeting/2026-12-04-beredningsgruppsmote";
    private readonly ArshjulWebFactory _factory;

    public PreviewEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_December_ListsEachNotificationWithTimeKindItemRecipientsSubjectAndChannel()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);

        var preview = await client.GetFromJsonAsync<JsonElement>($"{Preview}?from=2026-12-01&to=2026-12-13", Ct);

        Assert.Equal("sco", preview.GetProperty("organisation").GetString());
        Assert.Equal("2026-12-01T00:00:00", preview.GetProperty("start").GetString());
        Assert.Equal("plan-followed", preview.GetProperty("assumption").GetProperty("code").GetString());
        Assert.StartsWith("Planen följs", preview.GetProperty("assumption").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("file", preview.GetProperty("delivery").GetProperty("channel").GetString());
        Assert.Equal(Path.GetFullPath(_factory.OutboxDirectory), preview.GetProperty("delivery").GetProperty("destination").GetString());
        Assert.True(preview.GetProperty("statesRead").GetInt32() > 0);
        var notifications = preview.GetProperty("notifications").EnumerateArray().ToList();
        Assert.Equal(notifications.Count, preview.GetProperty("summary").GetProperty("notifications").GetInt32());
        Assert.All(notifications, n => Assert.InRange(n.GetProperty("at").GetString()!, "2026-12-01", "2026-12-13T23:59"));

        // The board meeting of 11 December: handlingar a week before, to its attendees (ersättare optional), in a file.
        var papers = Assert.Single(notifications, n => Item(n) == BoardMeeting && n.GetProperty("kind").GetString() == "papers");
        Assert.Equal("2026-12-04T09:00:00", papers.GetProperty("at").GetString());
        Assert.Equal("Styrelsemöte", papers.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("meeting", papers.GetProperty("item").GetProperty("kind").GetString());
        Assert.Contains("Handlingar", papers.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal("file", papers.GetProperty("channel").GetString());
        var recipients = papers.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Contains(recipients, r => r.GetProperty("personId").GetString() == TestPeople.Ledamot && r.GetProperty("required").GetBoolean());
        Assert.Contains(recipients, r => r.GetProperty("personId").GetString() == TestPeople.Ersattare && !r.GetProperty("required").GetBoolean()
            && r.GetProperty("role").GetString() == "ersättare" && r.GetProperty("email").GetString() == "sofia.nyqvist@example.org");
    }

    [Fact]
    public async Task Get_AfterAMeetingIsCancelled_ItsRemindersAreGoneFromThePreview()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);
        var before = await ItemsAsync(client);

        var cancel = await client.PostAsJsonAsync("/api/v1/orgs/sco/meetings/2026-12-04-beredningsgruppsmote/cancel", new { reason = "Inga ärenden" }, Ct);
        var after = await ItemsAsync(client);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Contains(PreparationMeeting, before);
        Assert.DoesNotContain(PreparationMeeting, after);
        Assert.Contains(BoardMeeting, after);
    }

    [Theory]
    [InlineData("from=2026-12-13&to=2026-12-01", "period.reversed")]
    [InlineData("from=2026-13-01&to=2026-12-31", "from.invalid")]
    [InlineData("from=2026-12-01&to=igår", "to.invalid")]
    [InlineData("from=2026-12-01&to=2029-01-01", "period.too-long")]
    [InlineData("from=2025-01-01&to=2025-12-31", "period.past")]
    [InlineData("from=2028-12-01&to=2028-12-31", "period.too-far")]
    public async Task Get_BadPeriod_Is400ProblemWithItsCode(string query, string code)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var response = await client.GetAsync($"{Preview}?{query}", Ct);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    private static string Item(JsonElement notification) => notification.GetProperty("item").GetProperty("id").GetString()!;

    private static async Task<HashSet<string>> ItemsAsync(HttpClient client)
    {
        var preview = await client.GetFromJsonAsync<JsonElement>($"{Preview}?from=2026-12-01&to=2026-12-13", Ct);
        return [.. preview.GetProperty("notifications").EnumerateArray().Select(Item)];
    }
}
