using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/mina-sidor: my next meetings (my bodies, 90 days), my controls, my SAM tasks and my calendar feed.</summary>
public sealed class MinaSidorPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public MinaSidorPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BoardMember_SeesTheNextBoardMeeting_AndNoMeetingOfAnotherBody()
    {
        var register = await _factory.Grains.GetGrain<IMeetingRegisterGrain>("sco/meeting-register").ListAsync(null, Ct);
        var board = register.First(m => m.StartsAt > _factory.Now && m.BodyIds.SequenceEqual(["styrelse"]));
        var group = register.First(m => m.StartsAt > _factory.Now && m.BodyIds.SequenceEqual(["beredningsgrupp"]));
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var meetings = Section(await client.GetStringAsync("/mina-sidor", Ct), "Mina nästa möten");

        Assert.Equal(new NodaTime.LocalDate(2026, 12, 11), board.Start.Date);
        Assert.Contains($"<a href=\"/moten/{board.Id}\">{board.Title}</a>", meetings, StringComparison.Ordinal);
        Assert.Contains("2026-12-11 09:00–12:00", meetings, StringComparison.Ordinal);
        Assert.DoesNotContain($"/moten/{group.Id}\"", meetings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Internkontrollant_SeesTheirOwnUncheckedControls_MarkedOverdue()
    {
        var plan = await _factory.Grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2026").GetAsync(Ct);
        var own = plan.Controls.Where(c => c.ResponsiblePersonId == TestPeople.Internkontrollant).ToList();
        var others = plan.Controls.Where(c => c.ResponsiblePersonId != TestPeople.Internkontrollant).ToList();
        var client = await _factory.ClientAsAsync(TestPeople.Internkontrollant);

        var controls = Section(await client.GetStringAsync("/mina-sidor", Ct), "Mina kontroller");

        Assert.NotEmpty(own);
        Assert.NotEmpty(others);
        Assert.All(own, c => Assert.Contains($"<a href=\"/internkontroll/2026#kontroll-{c.Id}\">", controls, StringComparison.Ordinal));
        Assert.All(others, c => Assert.DoesNotContain($"#kontroll-{c.Id}\"", controls, StringComparison.Ordinal));
        Assert.Contains("<tr class=\"overdue\">", controls, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponsiblePerson_SeesTheirOpenWorkEnvironmentTasks()
    {
        var activities = await _factory.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GetActivitiesAsync(Ct);
        var tasks = await Task.WhenAll(activities.Where(a => a.Kind == WheelItemKind.WorkEnvironmentTask)
            .Select(a => _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>(a.GrainKey).GetAsync(Ct)));
        var open = tasks.Where(t => t.Status == ChecklistStatus.Open).ToList();
        var person = open[0].Plan!.ResponsiblePersonId;
        var client = await _factory.ClientAsAsync(person);
        var nobody = await _factory.ClientAsAsync(TestPeople.Revisor);

        var section = Section(await client.GetStringAsync("/mina-sidor", Ct), "Mina arbetsmiljöuppgifter");
        var none = Section(await nobody.GetStringAsync("/mina-sidor", Ct), "Mina arbetsmiljöuppgifter");

        Assert.All(open.Where(t => t.Plan!.ResponsiblePersonId == person), t => Assert.Contains($"#uppgift-{t.Plan!.Id}\"", section, StringComparison.Ordinal));
        Assert.Contains("Du har inga arbetsmiljöuppgifter kvar 2026.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinKalender_ShowsThePersonsSecretFeedAddress()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Ledamot);

        var calendar = Section(await client.GetStringAsync("/mina-sidor", Ct), "Min kalender");

        Assert.Matches($"value=\"http://localhost/feeds/sco/person/{TestPeople.Ledamot}\\.ics\\?key=[A-Za-z0-9_-]+\"", calendar);
    }

    [Theory]
    [InlineData(TestPeople.Forbundschef, "Förbundschef")]
    [InlineData(TestPeople.Internkontrollant, "Internkontrollant, Styrelse")]
    [InlineData(TestPeople.Medlemsrad, "Medlemsråd")]
    public async Task Roles_AreNamedInSwedish(string person, string roles)
    {
        var client = await _factory.ClientAsAsync(person);

        var page = await client.GetStringAsync("/mina-sidor", Ct);

        Assert.Contains($"<p class=\"muted\">Roller: {roles}</p>", page, StringComparison.Ordinal);
    }

    /// <summary>The page from the heading <paramref name="heading"/> to the next one.</summary>
    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = page.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }
}
