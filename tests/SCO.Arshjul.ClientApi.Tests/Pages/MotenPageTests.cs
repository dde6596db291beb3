using System.Net;
using NodaTime;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/moten and /moten/{id}: the register's meetings as each role may see them, and the forms only förbundschef and kansli may use.</summary>
public sealed class MotenPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public MotenPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ShowsUpcomingMeetingsFirst_AndPastOnesOnlyOnRequest()
    {
        var register = await RegisterAsync();
        var (upcoming, past) = (register.First(m => m.EndsAt > _factory.Now), register.Last(m => m.EndsAt <= _factory.Now));
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var page = await client.GetStringAsync("/moten", Ct);
        var withPast = await client.GetStringAsync("/moten?tidigare=true", Ct);

        Assert.Contains(LinkTo(upcoming.Id), page, StringComparison.Ordinal);
        Assert.DoesNotContain(LinkTo(past.Id), page, StringComparison.Ordinal);
        Assert.True(withPast.IndexOf(LinkTo(upcoming.Id), StringComparison.Ordinal) < withPast.IndexOf(LinkTo(past.Id), StringComparison.Ordinal));
        Assert.True(withPast.IndexOf("Tidigare möten", StringComparison.Ordinal) < withPast.IndexOf(LinkTo(past.Id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task BodyFilter_ShowsThatBodysMeetingsOnly()
    {
        var register = await RegisterAsync();
        var board = register.First(m => m.EndsAt > _factory.Now && m.BodyIds.SequenceEqual(["styrelse"]));
        var group = register.First(m => m.EndsAt > _factory.Now && m.BodyIds.SequenceEqual(["beredningsgrupp"]));
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync("/moten?body=beredningsgrupp", Ct);

        Assert.Contains(LinkTo(group.Id), page, StringComparison.Ordinal);
        Assert.DoesNotContain(LinkTo(board.Id), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beredningsgrupp_SeesOnlyTheirBodysMeetings()
    {
        var register = await RegisterAsync();
        var board = register.First(m => m.EndsAt > _factory.Now && m.BodyIds.SequenceEqual(["styrelse"]));
        var group = register.First(m => m.EndsAt > _factory.Now && m.BodyIds.Contains("beredningsgrupp"));
        var client = await _factory.ClientAsAsync(TestPeople.Beredningsgrupp);

        var list = await client.GetStringAsync("/moten?body=styrelse", Ct);
        var own = await client.GetAsync(LinkPath(group.Id), Ct);
        var other = await client.GetAsync(LinkPath(board.Id), Ct);

        Assert.Contains(LinkTo(group.Id), list, StringComparison.Ordinal);
        Assert.DoesNotContain(LinkTo(board.Id), list, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"styrelse\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var agenda = (await _factory.Grains.GetGrain<IMeetingGrain>(group.Key).GetAsync(Ct)).Agenda;
        Assert.Contains($"<li>{agenda[0]}</li>", await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Kansli_CreatesAnAdHocMeeting_ReschedulesIt_AndCancelsIt()
    {
        var browser = await Browserless.SignInAsync(_factory, "petra.sjodin@example.org");

        var created = await Browserless.SubmitAsync(browser, "/moten/ny", new Dictionary<string, string>
        {
            ["Title"] = "Extra styrelsemöte om budget",
            ["Kind"] = "BoardMeeting",
            ["Bodies"] = "styrelse",
            ["Start"] = "2026-12-03T13:00",
            ["End"] = "2026-12-03T15:00",
            ["Location"] = "Teams",
            ["Agenda"] = "Budget 2027\r\nÖvrigt",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = "/moten/2026-12-03-extra-styrelsemote-om-budget";
        Assert.Equal(path, created.Headers.Location?.OriginalString);
        var grain = _factory.Grains.GetGrain<IMeetingGrain>("sco/meeting/2026-12-03-extra-styrelsemote-om-budget");
        var planned = await grain.GetAsync(Ct);
        Assert.Equal((MeetingStatus.Planned, "adhoc", "Teams"), (planned.Status, planned.ActivityId, planned.Location));
        Assert.Equal(["Budget 2027", "Övrigt"], planned.Agenda);

        var moved = await Browserless.SubmitAsync(browser, $"{path}?handler=Reschedule", new Dictionary<string, string>
        {
            ["start"] = "2026-12-04T13:00", ["end"] = "2026-12-04T15:30", ["reason"] = "Ordföranden är sjuk",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var rescheduled = await grain.GetAsync(Ct);
        Assert.Equal((MeetingStatus.Rescheduled, new LocalDateTime(2026, 12, 4, 15, 30)), (rescheduled.Status, rescheduled.End));

        var cancelled = await Browserless.SubmitAsync(browser, $"{path}?handler=Cancel", new Dictionary<string, string> { ["reason"] = "Budgeten klar ändå" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal((MeetingStatus.Cancelled, "Budgeten klar ändå"), ((await grain.GetAsync(Ct)).Status, (await grain.GetAsync(Ct)).CancellationReason));

        var page = await browser.GetStringAsync(path, Ct);
        Assert.Contains("Ordföranden är sjuk", page, StringComparison.Ordinal);
        Assert.Contains("Mötet inställt: Budgeten klar ändå", page, StringComparison.Ordinal);
        Assert.Contains("Petra Sjödin", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbundschef_MarksAMeetingHeld_ThenRecordsTheMinutesApproved()
    {
        var grain = await PlanAsync("2026-11-20-arbetsmote", new LocalDateTime(2026, 11, 20, 9, 0));
        await grain.RecordInvitationSentAsync("sco/annika-westerlund", Ct);
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var held = await Browserless.SubmitAsync(browser, "/moten/2026-11-20-arbetsmote?handler=Held", new Dictionary<string, string>());
        var afterHeld = (await grain.GetAsync(Ct)).Status;
        var minutes = await Browserless.SubmitAsync(browser, "/moten/2026-11-20-arbetsmote?handler=Minutes", new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.Redirect, MeetingStatus.Held), (held.StatusCode, afterHeld));
        Assert.Equal(HttpStatusCode.Redirect, minutes.StatusCode);
        Assert.Equal(MeetingStatus.MinutesApproved, (await grain.GetAsync(Ct)).Status);
    }

    [Fact]
    public async Task HeldBeforeItsStart_ShowsTheRuleInSwedish_AndChangesNothing()
    {
        var grain = await PlanAsync("2026-12-14-arbetsmote", new LocalDateTime(2026, 12, 14, 9, 0));
        await grain.RecordInvitationSentAsync("sco/annika-westerlund", Ct);
        var before = await grain.GetAsync(Ct);
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var response = await Browserless.SubmitAsync(browser, "/moten/2026-12-14-arbetsmote?handler=Held", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mötet kan inte markeras genomfört före sin start 2026-12-14 09:00.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = await grain.GetAsync(Ct);
        Assert.Equal((MeetingStatus.InvitationSent, before.Version), (after.Status, after.Version));
    }

    [Fact]
    public async Task NonManager_SeesNoForms_AndCannotChangeOrCreateAMeeting()
    {
        var grain = await PlanAsync("2026-12-15-arbetsmote", new LocalDateTime(2026, 12, 15, 9, 0));
        var browser = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");

        var page = await browser.GetStringAsync("/moten/2026-12-15-arbetsmote", Ct);
        var cancel = await Browserless.SubmitAsync(browser, "/moten/2026-12-15-arbetsmote?handler=Cancel", new Dictionary<string, string> { ["reason"] = "Förfalskat" });
        var create = await browser.GetAsync("/moten/ny", Ct);

        Assert.DoesNotContain("handler=Cancel", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var after = await grain.GetAsync(Ct);
        Assert.Equal((MeetingStatus.Planned, 1), (after.Status, after.Version));
    }

    private async Task<IMeetingGrain> PlanAsync(string id, LocalDateTime start)
    {
        var grain = _factory.Grains.GetGrain<IMeetingGrain>($"sco/meeting/{id}");
        var plan = new PlannedMeeting(id, "adhoc", MeetingKind.BoardMeeting, ["styrelse"], "Arbetsmöte", start, start.PlusHours(2), "Kansliet", ["Läget"], false);
        await grain.PlanAsync(plan, "sco/annika-westerlund", Ct);
        return grain;
    }

    private async Task<IReadOnlyList<MeetingSummary>> RegisterAsync() =>
        await _factory.Grains.GetGrain<IMeetingRegisterGrain>("sco/meeting-register").ListAsync(cancellationToken: Ct);

    private static string LinkPath(string id) => $"/moten/{Uri.EscapeDataString(id)}";

    private static string LinkTo(string id) => $"href=\"{LinkPath(id)}\"";
}
