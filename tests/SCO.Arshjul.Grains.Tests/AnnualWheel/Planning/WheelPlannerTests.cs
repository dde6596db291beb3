using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using static SCO.Arshjul.Grains.Tests.AnnualWheel.Planning.PlanningFixtures;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

public sealed class WheelPlannerTests
{
    [Fact]
    public void Plan_TemplateOnly_BuildsMeetingsWithIdsTimesAndAgenda()
    {
        var template = Template(Meeting("styrelsemote", new MonthlyRule(SecondFriday, [1, 7])));

        var plan = WheelPlanner.Plan(Roster, template, 2025, null);

        Assert.Equal(YearPlanSource.Template, plan.Source);
        Assert.Equal(10, plan.Meetings.Count);
        var march = plan.Meetings.Single(m => m.Start.Month == 3);
        Assert.Equal("2025-03-14-styrelsemote", march.Id);
        Assert.Equal(new LocalDateTime(2025, 3, 14, 9, 0), march.Start);
        Assert.Equal(new LocalDateTime(2025, 3, 14, 12, 0), march.End);
        Assert.Equal(["styrelse"], march.BodyIds);
        Assert.Equal(MeetingKind.BoardMeeting, march.Kind);
        Assert.Equal("Kansliet", march.Location);
        Assert.Equal(["Ekonomisk rapport (utfall och prognos)"], march.Agenda);
        Assert.True(march.Assumed); // a date from a rule is never confirmed
        Assert.Equal(plan.Meetings.OrderBy(m => m.Start), plan.Meetings);
    }

    [Fact]
    public void Plan_MultiDayMeeting_EndsOnItsLastDay()
    {
        var days = Meeting("planeringsdagar", new MonthsRule([8], new NthWeekdaySpec(3, IsoDayOfWeek.Thursday)), MeetingKind.JointDay) with { Days = 2, End = new LocalTime(15, 0) };

        var meeting = Assert.Single(WheelPlanner.Plan(Roster, Template(days), 2025, null).Meetings);

        Assert.Equal(new LocalDateTime(2025, 8, 21, 9, 0), meeting.Start);
        Assert.Equal(new LocalDateTime(2025, 8, 22, 15, 0), meeting.End);
    }

    [Theory]
    [InlineData(6, 6, "2025-06-05")]   // nationaldagen (Friday) → Thursday
    [InlineData(12, 26, "2025-12-23")] // annandag jul → past juldagen and julafton
    [InlineData(4, 21, "2025-04-17")]  // annandag påsk → past Easter and långfredagen
    [InlineData(3, 15, "2025-03-14")]  // Saturday → Friday
    [InlineData(1, 1, "2025-01-02")]   // nyårsdagen: the day before is in 2024, so the next working day
    public void Plan_DateOnNonWorkingDay_MovesDeadlineMeetingAndTask(int month, int day, string expected)
    {
        var rule = Yearly(month, day);
        var template = Template(Meeting("mote", rule), Deadline("rapport", rule), Task("rond", rule));

        var plan = WheelPlanner.Plan(Roster, template, 2025, null);

        Assert.Equal(Date(expected), Assert.Single(plan.Meetings).Start.Date);
        Assert.Equal(Date(expected), Assert.Single(plan.Deadlines).Due);
        Assert.Equal(Date(expected), Assert.Single(plan.WorkEnvironmentTasks).Due);
    }

    [Fact]
    public void Plan_Titles_FillSwedishMonthAndYears()
    {
        var template = Template(
            Deadline("statusrapport", new MonthlyRule(new DayOfMonthSpec(-1), []), "Statusrapport {month}"),
            Deadline("arsredovisning", Yearly(4, 11), "Årsredovisning {previousYear}"),
            Deadline("vp", Yearly(11, 14), "Verksamhetsplan och budget {nextYear} ({year})"));

        var plan = WheelPlanner.Plan(Roster, template, 2025, null);

        Assert.Equal("Statusrapport mars", plan.Deadlines.Single(d => d.Id == "2025-03-31-statusrapport").Title);
        Assert.Equal("Statusrapport december", plan.Deadlines.Single(d => d.Id == "2025-12-30-statusrapport").Title);
        Assert.Equal("Årsredovisning 2024", plan.Deadlines.Single(d => d.ActivityId == "arsredovisning").Title);
        Assert.Equal("Verksamhetsplan och budget 2026 (2025)", plan.Deadlines.Single(d => d.ActivityId == "vp").Title);
    }

    [Fact]
    public void Plan_AgendaItems_FillPlaceholdersLikeTitles()
    {
        var council = Meeting("medlemsrad", Yearly(5, 20), MeetingKind.MembersCouncil, "Medlemsråd – årsredovisning {previousYear}") with
        {
            Agenda = ["Årsredovisning {previousYear}", "Inriktning {nextYear}"],
        };

        var meeting = Assert.Single(WheelPlanner.Plan(Roster, Template(council), 2025, null).Meetings);

        Assert.Equal("Medlemsråd – årsredovisning 2024", meeting.Title);
        Assert.Equal(["Årsredovisning 2024", "Inriktning 2026"], meeting.Agenda);
    }

    [Fact]
    public void Plan_DeadlineOnBoardMeetingDay_FollowsTheMeeting()
    {
        var template = Template(
            Deadline("arsredovisning", new SameDayAsMeetingRule("styrelsemote", [4])),
            Meeting("styrelsemote", new MonthlyRule(SecondFriday, [7])));

        var plan = WheelPlanner.Plan(Roster, template, 2025, null);

        Assert.Equal(Date("2025-04-11"), Assert.Single(plan.Deadlines).Due);
        Assert.Equal("styrelse", plan.Deadlines[0].BodyId);
    }

    [Fact]
    public void Plan_Responsible_ResolvesRolesAndPeopleThroughTheRoster()
    {
        var template = Template(
            Deadline("default", Yearly(3, 3)),
            Deadline("chair", Yearly(3, 4), responsible: ResponsibleParty.ForRole(Role.Chair, "styrelse")),
            Deadline("person", Yearly(3, 5), responsible: ResponsibleParty.ForPerson("ekonom")),
            Task("rond", Yearly(3, 6)));

        var plan = WheelPlanner.Plan(Roster, template, 2025, null);

        Assert.Equal("chef", plan.Deadlines.Single(d => d.ActivityId == "default").ResponsiblePersonId);
        Assert.Equal("ordf", plan.Deadlines.Single(d => d.ActivityId == "chair").ResponsiblePersonId);
        Assert.Equal("ekonom", plan.Deadlines.Single(d => d.ActivityId == "person").ResponsiblePersonId);
        Assert.Equal("chef", Assert.Single(plan.WorkEnvironmentTasks).ResponsiblePersonId);
        Assert.Equal("2025-03-06-rond", plan.WorkEnvironmentTasks[0].Id);
    }

    [Fact]
    public void Plan_InternalControl_SharesControlsRoundRobinAndMovesDates()
    {
        var controls = new InternalControlTemplate(
            Yearly(2, 14), Yearly(11, 1), [Control("a"), Control("b", responsible: "ik-1"), Control("c"), Control("d")]);

        var plan = WheelPlanner.Plan(Roster, new WheelTemplate([], controls), 2025, null).InternalControl;

        Assert.Equal(Date("2025-02-14"), plan.AdoptBy);
        Assert.Equal(Date("2025-10-31"), plan.FollowUpDue); // alla helgons dag → Friday
        Assert.Equal(["ik-1", "ik-1", "ik-2", "ik-1"], plan.Controls.Select(c => c.ResponsiblePersonId));
        Assert.All(plan.Controls, c => Assert.Equal(Date("2025-09-30"), c.Due));
        Assert.True(plan.Assumed);
    }

    [Fact]
    public void Plan_SameInputTwice_GivesEqualPlans()
    {
        var template = Template(Meeting("styrelsemote", new MonthlyRule(SecondFriday, [])), Task("apt", new MonthlyRule(new DayOfMonthSpec(5), [7])));

        var first = WheelPlanner.Plan(Roster, template, 2026, null);
        var second = WheelPlanner.Plan(Roster, template, 2026, null);

        Assert.Equal(first.Meetings.Select(m => (m.Id, m.Start)), second.Meetings.Select(m => (m.Id, m.Start)));
        Assert.Equal(first.WorkEnvironmentTasks, second.WorkEnvironmentTasks);
    }
}
