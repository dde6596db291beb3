using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Calendar;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

/// <summary>The committed sample configuration (config/ at the repository root) against the facts of the seeds.</summary>
public sealed class SampleWheelTests
{
    private static readonly Lazy<ArshjulConfiguration> Sample = new(() => ArshjulConfigurationLoader.Load(Path.Combine(RepositoryRoot(), "config")));

    private static ArshjulConfiguration Config => Sample.Value;

    [Fact]
    public void Roster_HasTheBodiesAndRolesOfTheSeeds()
    {
        var sco = Config.Organisation("sco");

        Assert.Equal(["styrelse", "beredningsgrupp", "medlemsrad", "kansli", "revisorer"], sco.Bodies.Select(b => b.Id));
        Assert.Equal(6, Members(sco, "styrelse", Role.Chair, Role.ViceChair, Role.Member).Count);
        Assert.Equal(6, Members(sco, "styrelse", Role.Deputy).Count);
        Assert.Equal(6, Members(sco, "styrelse", Role.Chair, Role.ViceChair, Role.Member).Select(m => m.Organisation).Distinct().Count());
        var auditors = Members(sco, "styrelse", Role.InternalControlAuditor);
        Assert.Equal(2, auditors.Count);
        Assert.Equal(12, Members(sco, "beredningsgrupp", Role.Member).Count);
        Assert.Equal(6, Members(sco, "medlemsrad", Role.Member).Count);
        Assert.Single(Members(sco, "kansli", Role.Director));
        Assert.All(sco.People, p => Assert.EndsWith("@example.org", p.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void Plan2025_MeetingsMatchTheSeeds()
    {
        var plan = Config.Plan("sco", 2025);

        Assert.Equal(YearPlanSource.YearFile, plan.Source);
        Assert.Equal(10, Count(plan, MeetingKind.BoardMeeting));
        Assert.Equal(10, Count(plan, MeetingKind.PreparationGroupMeeting));
        Assert.Equal(2, Count(plan, MeetingKind.MembersCouncil));
        Assert.Equal([1], Months(plan, "uppstartsdag"));
        Assert.Equal([8], Months(plan, "planeringsdagar"));
        Assert.All(plan.Meetings.Where(m => m.Kind == MeetingKind.JointDay), m => Assert.Equal(["styrelse", "beredningsgrupp"], m.BodyIds));
        Assert.Equal([4, 10], plan.Meetings.Where(m => m.Kind == MeetingKind.Koll).Select(m => m.Start.Month));
        var lectures = plan.Meetings.Where(m => m.Kind == MeetingKind.Lecture).ToList();
        Assert.True(lectures.Count >= 8);
        Assert.Equal(4, lectures.Count(l => l.Start.Month <= 6));
        Assert.Equal(4, lectures.Count(l => l.Start.Month >= 7));
        Assert.All(plan.Meetings.Where(m => m.Kind == MeetingKind.BoardMeeting), m =>
        {
            Assert.Contains("Ekonomisk rapport (utfall och prognos)", m.Agenda);
            Assert.Contains("Styrelsens beslut och processer – återrapportering", m.Agenda);
        });
    }

    [Fact]
    public void Plan2025_DeadlinesMatchTheSeeds()
    {
        var plan = Config.Plan("sco", 2025);

        Assert.Equal(Enumerable.Range(1, 12), Due(plan, DeadlineCategory.StatusReport).Select(d => d.Month));
        Assert.Equal(Enumerable.Range(1, 12), Due(plan, DeadlineCategory.BudgetFollowUp).Select(d => d.Month));
        Assert.Equal(4, Due(plan, DeadlineCategory.EsfReport).Count);
        var annualReport = Assert.Single(plan.Deadlines, d => d.Category == DeadlineCategory.AnnualReport);
        Assert.Equal("Årsredovisning 2024", annualReport.Title);
        Assert.InRange(annualReport.Due.Month, 3, 5); // decided in spring
        Assert.Contains(plan.Meetings, m => m.Kind == MeetingKind.BoardMeeting && m.Start.Date == annualReport.Due);
        var interim = Assert.Single(Due(plan, DeadlineCategory.InterimReport));
        Assert.True(interim > new LocalDate(2025, 8, 31)); // tertial 2 runs to 31 August
        Assert.Equal(11, Assert.Single(Due(plan, DeadlineCategory.BusinessPlanAndBudget)).Month);
        Assert.Equal("Statusrapport mars", plan.Deadlines.Single(d => d.Category == DeadlineCategory.StatusReport && d.Due.Month == 3).Title);
        Assert.Equal("annika-westerlund", annualReport.ResponsiblePersonId); // the förbundschef
    }

    [Fact]
    public void Plan2025_InternalControlAndSamTasks()
    {
        var plan = Config.Plan("sco", 2025);
        var auditors = Members(Config.Organisation("sco"), "styrelse", Role.InternalControlAuditor).Select(a => a.PersonId).ToList();

        Assert.InRange(plan.InternalControl.AdoptBy.Month, 1, 3); // drawn up at the beginning of the year
        Assert.Equal(Assert.Single(Due(plan, DeadlineCategory.InterimReport)), plan.InternalControl.FollowUpDue); // with tertial 2
        Assert.InRange(plan.InternalControl.Controls.Count, 6, 8);
        Assert.Equal(auditors.Order(), plan.InternalControl.Controls.Select(c => c.ResponsiblePersonId).Distinct().Order());
        Assert.All(plan.InternalControl.Controls, c => Assert.True(c.Due < plan.InternalControl.FollowUpDue));
        var tasks = plan.WorkEnvironmentTasks.GroupBy(t => t.ActivityId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(11, tasks["apt"]);
        Assert.Equal(2, tasks["arbetsmiljoenkat"]);
        Assert.Equal(2, tasks["skyddsrond"]);
        Assert.All(["brandskyddsutbildning", "arbetsmiljopolicy", "medarbetarsamtal", "lonesamtal", "aktiva-atgarder", "sam-uppfoljning"],
            id => Assert.Equal(1, tasks[id]));
        Assert.All(plan.WorkEnvironmentTasks, t => Assert.True(t.Assumed));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    public void Plan_AnyYear_PutsNothingOnAWeekendOrHoliday(int year)
    {
        var plan = Config.Plan("sco", year);
        var dates = plan.Meetings.SelectMany(m => Days(m.Start.Date, m.End.Date))
            .Concat(plan.Deadlines.Select(d => d.Due))
            .Concat(plan.WorkEnvironmentTasks.Select(t => t.Due))
            .Concat(plan.InternalControl.Controls.Select(c => c.Due))
            .Append(plan.InternalControl.AdoptBy)
            .Append(plan.InternalControl.FollowUpDue);

        Assert.All(dates, d => Assert.True(WorkingDays.IsWorkingDay(d), $"{d} is {WorkingDays.ReasonNotWorking(d)}"));
        Assert.All(dates, d => Assert.Equal(year, d.Year));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2030)]
    public void Plan_YearFromTemplateAlone_HasTheSameShapeAs2025(int year)
    {
        var plan = Config.Plan("sco", year);

        Assert.Equal(YearPlanSource.Template, plan.Source);
        Assert.Equal(CountPerActivity(Config.Plan("sco", 2025)), CountPerActivity(plan));
        Assert.Equal($"Årsredovisning {year - 1}", Assert.Single(plan.Deadlines, d => d.Category == DeadlineCategory.AnnualReport).Title);
    }

    private static List<(string PersonId, string? Organisation)> Members(OrganisationDefinition organisation, string bodyId, params Role[] roles) =>
        [.. organisation.People.SelectMany(p => p.Memberships
            .Where(m => m.BodyId == bodyId && roles.Contains(m.Role))
            .Select(m => (p.Id, m.Organisation)))];

    private static int Count(YearPlan plan, MeetingKind kind) => plan.Meetings.Count(m => m.Kind == kind);

    private static List<int> Months(YearPlan plan, string activityId) =>
        [.. plan.Meetings.Where(m => m.ActivityId == activityId).Select(m => m.Start.Month)];

    private static List<LocalDate> Due(YearPlan plan, DeadlineCategory category) =>
        [.. plan.Deadlines.Where(d => d.Category == category).Select(d => d.Due)];

    private static IEnumerable<LocalDate> Days(LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    private static SortedDictionary<string, int> CountPerActivity(YearPlan plan) =>
        new(plan.Meetings.Select(m => m.ActivityId)
            .Concat(plan.Deadlines.Select(d => d.ActivityId))
            .Concat(plan.WorkEnvironmentTasks.Select(t => t.ActivityId))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SCO.Arshjul.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no SCO.Arshjul.sln above {AppContext.BaseDirectory}");
    }
}
