using System.Net;
using NodaTime;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/arbetsmiljo/{year}: the year's SAM tasks, marked done with a documentation note by the managers or the task's responsible person.</summary>
public sealed class ArbetsmiljoPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public ArbetsmiljoPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_ListsTheYearsTasks_WithDueDateAndResponsible()
    {
        var tasks = await TasksAsync(2026);
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var page = await client.GetStringAsync("/arbetsmiljo", Ct);

        Assert.Contains("<h1>Systematiskt arbetsmiljöarbete 2026</h1>", page, StringComparison.Ordinal);
        Assert.All(tasks, t => Assert.Contains($"<tr id=\"uppgift-{t.Id}\"", page, StringComparison.Ordinal));
        var task = await _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>(tasks[^1].GrainKey).GetAsync(Ct);
        Assert.Contains(task.Plan!.Title, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kansli_MarksATaskDoneThroughTheForm_WithItsDocumentation()
    {
        var activity = (await TasksAsync(2026)).First(t => t.Due!.Value.Month == 12);
        var grain = _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>(activity.GrainKey);
        var browser = await Browserless.SignInAsync(_factory, "petra.sjodin@example.org");

        var response = await Browserless.SubmitAsync(browser, "/arbetsmiljo/2026?handler=Complete", new Dictionary<string, string>
        {
            ["taskId"] = activity.Id,
            ["note"] = "Protokoll APT 2026-12-01, diarienr 77/2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/arbetsmiljo/2026", response.Headers.Location?.OriginalString);
        var task = await grain.GetAsync(Ct);
        Assert.Equal(ChecklistStatus.Completed, task.Status);
        Assert.Equal("Protokoll APT 2026-12-01, diarienr 77/2026", task.Completion!.DocumentationNote);
        Assert.Contains("Protokoll APT 2026-12-01, diarienr 77/2026", await browser.GetStringAsync("/arbetsmiljo/2026", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutADocumentationNote_IsRefusedInSwedish_AndNothingChanges()
    {
        var activity = (await TasksAsync(2026)).Last(t => t.Due!.Value.Month == 11);
        var grain = _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>(activity.GrainKey);
        var before = (await grain.GetAsync(Ct)).Version;
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var response = await Browserless.SubmitAsync(browser, "/arbetsmiljo/2026?handler=Complete", new Dictionary<string, string>
        {
            ["taskId"] = activity.Id,
            ["note"] = "  ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"error\" role=\"alert\">Ange var eller hur arbetet är dokumenterat.</p>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var task = await grain.GetAsync(Ct);
        Assert.Equal(ChecklistStatus.Open, task.Status);
        Assert.Equal(before, task.Version);
    }

    [Fact]
    public async Task Revisor_SeesNoForm_AndAForgedCompletionIs403_AndChangesNothing()
    {
        var activity = (await TasksAsync(2026)).First(t => t.Due!.Value.Month == 10);
        var grain = _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>(activity.GrainKey);
        var browser = await Browserless.SignInAsync(_factory, "lena.torstensson@example.org");

        var page = await browser.GetStringAsync("/arbetsmiljo/2026", Ct);
        var forged = await Browserless.SubmitAsync(browser, "/arbetsmiljo/2026?handler=Complete", new Dictionary<string, string>
        {
            ["taskId"] = activity.Id,
            ["note"] = "Förfalskat",
        });

        Assert.Contains($"<tr id=\"uppgift-{activity.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Complete", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(ChecklistStatus.Open, (await grain.GetAsync(Ct)).Status);
    }

    [Fact]
    public async Task TheResponsiblePerson_MayMarkTheirOwnTaskDone_AndNoOtherBoardMember()
    {
        var plan = new PlannedWorkEnvironmentTask("2026-12-02-skyddsrond-extra", "skyddsrond", "Extra skyddsrond", new LocalDate(2026, 12, 2), TestPeople.Internkontrollant, false);
        var grain = _factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>($"sco/sam-task/{plan.Id}");
        await grain.PlanAsync(plan, "sco/annika-westerlund", Ct);
        var other = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");
        var responsible = await Browserless.SignInAsync(_factory, "maria.lovgren@example.org");
        var fields = new Dictionary<string, string> { ["taskId"] = plan.Id, ["note"] = "Rondprotokoll i diariet" };

        var refused = await Browserless.SubmitAsync(other, "/arbetsmiljo/2026?handler=Complete", fields);
        var statusAfterRefusal = (await grain.GetAsync(Ct)).Status;
        var done = await Browserless.SubmitAsync(responsible, "/arbetsmiljo/2026?handler=Complete", fields);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ChecklistStatus.Open, statusAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var task = await grain.GetAsync(Ct);
        Assert.Equal(ChecklistStatus.Completed, task.Status);
        Assert.Equal($"sco/{TestPeople.Internkontrollant}", task.Completion!.By);
    }

    private async Task<IReadOnlyList<WheelActivity>> TasksAsync(int year) =>
        [.. (await _factory.Grains.GetGrain<IAnnualWheelGrain>($"sco/wheel/{year}").GetActivitiesAsync(Ct)).Where(a => a.Kind == WheelItemKind.WorkEnvironmentTask)];
}
