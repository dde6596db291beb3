using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Tests.Feeds;

/// <summary>
/// <c>/feeds/{org}/person|body/{id}.ics?key=</c>: RFC 5545 calendars without sign-in, one VEVENT per meeting of the
/// person's or body's bodies (the invitations' UID and SEQUENCE), opened only by that feed's own key.
/// </summary>
public sealed class CalendarFeedTests : IClassFixture<ArshjulWebFactory>
{
    private static readonly Uri RequestBase = new("http://localhost/");
    private readonly ArshjulWebFactory _factory;

    public CalendarFeedTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CalendarFeedLinks Links => _factory.Services.GetRequiredService<CalendarFeedLinks>();

    [Fact]
    public async Task PersonFeed_WithoutSignIn_IsAFoldedCrlfCalendarNamedForThePerson()
    {
        var response = await _factory.CreateClient().GetAsync(Links.PersonFeed(TestPeople.Org, TestPeople.Ledamot, RequestBase), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var calendar = ICalendarDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Göran Vikström", ICalendarDocument.Value(calendar.Lines, "X-WR-CALNAME"), StringComparison.Ordinal);
        Assert.Equal("TZID:Europe/Stockholm", calendar.Lines[calendar.Lines.ToList().IndexOf("BEGIN:VTIMEZONE") + 1]);
        Assert.True(calendar.ContinuationLines > 0, "the agendas make long DESCRIPTION lines, which must be folded");
        Assert.DoesNotContain(calendar.Lines, l => l.StartsWith("METHOD:", StringComparison.Ordinal) || l.StartsWith("ATTENDEE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BoardMemberFeed_HasOneEventPerBoardMeetingInTheRegister_Every2026OneIncluded()
    {
        var board = await RegisterAsync(new MeetingRegisterFilter(BodyId: "styrelse"));
        var board2026 = await RegisterAsync(new MeetingRegisterFilter(Instant.FromUtc(2025, 12, 31, 23, 0), Instant.FromUtc(2026, 12, 31, 23, 0), "styrelse"));

        // Göran is ledamot and internkontrollant, both on the board: his feed is the board's meetings, each once.
        var calendar = await FeedAsync(Links.PersonFeed(TestPeople.Org, TestPeople.Ledamot, RequestBase));

        var uids = calendar.Events.Select(e => ICalendarDocument.Value(e, "UID")!).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal(board.Select(m => $"{m.Key}@arshjul").Order(), uids.Order());
        Assert.True(board2026.Count >= 10, $"the sample 2026 has ten board meetings, the register {board2026.Count}");
        Assert.Equal(
            board2026.Select(m => $"{m.Key}@arshjul").Order(),
            calendar.Events.Where(e => ICalendarDocument.Value(e, "DTSTART")!.StartsWith("2026", StringComparison.Ordinal)).Select(e => ICalendarDocument.Value(e, "UID")!).Order());
    }

    [Fact]
    public async Task BodyFeed_EventCarriesTheMeetingsTimesSequenceTitleAndAgenda()
    {
        var line = (await RegisterAsync(new MeetingRegisterFilter(BodyId: "styrelse", From: _factory.Now)))[0];
        var meeting = await _factory.Grains.GetGrain<IMeetingGrain>(line.Key).GetAsync(Ct);

        var calendar = await FeedAsync(Links.BodyFeed(TestPeople.Org, "styrelse", RequestBase));

        Assert.Contains("Styrelsen", ICalendarDocument.Value(calendar.Lines, "X-WR-CALNAME"), StringComparison.Ordinal);
        var vevent = Assert.Single(calendar.Events, e => ICalendarDocument.Value(e, "UID") == $"{meeting.Key}@arshjul");
        Assert.Equal($"DTSTART;TZID=Europe/Stockholm:{Local(meeting.Start)}", ICalendarDocument.Line(vevent, "DTSTART"));
        Assert.Equal($"DTEND;TZID=Europe/Stockholm:{Local(meeting.End)}", ICalendarDocument.Line(vevent, "DTEND"));
        Assert.Equal(meeting.Sequence.ToString(CultureInfo.InvariantCulture), ICalendarDocument.Value(vevent, "SEQUENCE"));
        Assert.Equal(Escaped(meeting.Title), ICalendarDocument.Value(vevent, "SUMMARY"));
        Assert.Equal("CONFIRMED", ICalendarDocument.Value(vevent, "STATUS"));
        Assert.NotEmpty(meeting.Agenda);
        Assert.Contains($"1. {Escaped(meeting.Agenda[0])}", ICalendarDocument.Value(vevent, "DESCRIPTION"), StringComparison.Ordinal);
        if (meeting.Location is { } location)
        {
            Assert.Equal(Escaped(location), ICalendarDocument.Value(vevent, "LOCATION"));
        }
    }

    [Fact]
    public async Task CancelledMeeting_StaysInTheFeedAsCancelled_WithTheReasonEscaped()
    {
        var line = (await RegisterAsync(new MeetingRegisterFilter(BodyId: "beredningsgrupp", From: _factory.Now, Status: MeetingStatus.Planned)))[0];
        var cancelled = await _factory.Grains.GetGrain<IMeetingGrain>(line.Key)
            .CancelAsync("Krock med budgetdagen; nytt datum, se kallelsen", $"{TestPeople.Org}/{TestPeople.Forbundschef}", Ct);

        var calendar = await FeedAsync(Links.BodyFeed(TestPeople.Org, "beredningsgrupp", RequestBase));

        var vevent = Assert.Single(calendar.Events, e => ICalendarDocument.Value(e, "UID") == $"{line.Key}@arshjul");
        Assert.Equal("CANCELLED", ICalendarDocument.Value(vevent, "STATUS"));
        Assert.True(cancelled.Sequence > line.Sequence);
        Assert.Equal(cancelled.Sequence.ToString(CultureInfo.InvariantCulture), ICalendarDocument.Value(vevent, "SEQUENCE"));
        Assert.Contains(@"Krock med budgetdagen\; nytt datum\, se kallelsen", ICalendarDocument.Value(vevent, "DESCRIPTION"), StringComparison.Ordinal);
        Assert.All(calendar.Events.Where(e => e != vevent), e => Assert.Equal("CONFIRMED", ICalendarDocument.Value(e, "STATUS")));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("altered")]
    [InlineData("body-key")]
    [InlineData("other-person")]
    [InlineData("other-org")]
    public async Task PersonFeed_WithoutItsOwnKey_Is404(string how)
    {
        var own = Links.PersonFeed(TestPeople.Org, TestPeople.Ledamot, RequestBase);
        var key = how switch
        {
            "missing" => null,
            "altered" => KeyOf(own)[..^1] + (KeyOf(own)[^1] == 'A' ? 'B' : 'A'),
            "body-key" => KeyOf(Links.BodyFeed(TestPeople.Org, TestPeople.Ledamot, RequestBase)),
            "other-person" => KeyOf(Links.PersonFeed(TestPeople.Org, TestPeople.Ersattare, RequestBase)),
            _ => KeyOf(Links.PersonFeed("other", TestPeople.Ledamot, RequestBase)),
        };
        var client = _factory.CreateClient();

        var response = await client.GetAsync(own.GetLeftPart(UriPartial.Path) + (key is null ? string.Empty : $"?key={key}"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(own, Ct)).StatusCode);
    }

    [Fact]
    public async Task FeedOfSomeoneNotInTheRoster_Is404EvenWithItsKey()
    {
        var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Links.PersonFeed(TestPeople.Org, "ingen-alls", RequestBase), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Links.BodyFeed(TestPeople.Org, "fullmaktige", RequestBase), Ct)).StatusCode);
    }

    [Fact]
    public void Links_AreOnTheConfiguredWebAddress_NotTheRequestsHost()
    {
        var link = Links.PersonFeed(TestPeople.Org, TestPeople.Ledamot, new Uri("http://forged.example/"));

        Assert.StartsWith($"http://localhost/feeds/sco/person/{TestPeople.Ledamot}.ics?key=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(43, KeyOf(link).Length);
        Assert.NotEqual(KeyOf(link), KeyOf(Links.PersonFeed(TestPeople.Org, TestPeople.Ersattare, RequestBase)));
    }

    private async Task<ICalendarDocument> FeedAsync(Uri link)
    {
        var response = await _factory.CreateClient().GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ICalendarDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
    }

    private Task<IReadOnlyList<MeetingSummary>> RegisterAsync(MeetingRegisterFilter filter) =>
        _factory.Grains.GetGrain<IMeetingRegisterGrain>($"{TestPeople.Org}/meeting-register").ListAsync(filter, Ct);

    private static string KeyOf(Uri link) => link.Query["?key=".Length..];

    private static string Local(LocalDateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escaped(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
