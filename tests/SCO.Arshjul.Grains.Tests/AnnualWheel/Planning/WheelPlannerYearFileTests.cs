using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using static SCO.Arshjul.Grains.Tests.AnnualWheel.Planning.PlanningFixtures;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

public sealed class WheelPlannerYearFileTests
{
    private static readonly WheelTemplate Board = Template(
        Meeting("styrelsemote", new MonthlyRule(SecondFriday, [1, 7])),
        Deadline("arsredovisning", new SameDayAsMeetingRule("styrelsemote", [4]), "Årsredovisning {previousYear}"));

    [Fact]
    public void Plan_PinnedDates_ReplaceTheRulesDatesWithOverrides()
    {
        var pins = new ActivityPins("styrelsemote",
        [
            new PinnedOccurrence(Date("2025-04-04"), Assumed: false, Source: "ÅR 2023"),
            new PinnedOccurrence(Date("2025-02-07"), new LocalTime(13, 0), new LocalTime(16, 0), "Digitalt", "Extra styrelsemöte", Assumed: true),
        ]);

        var plan = WheelPlanner.Plan(Roster, Board, 2025, YearFile(2025, pins));

        Assert.Equal(YearPlanSource.YearFile, plan.Source);
        Assert.Equal(["2025-02-07-styrelsemote", "2025-04-04-styrelsemote"], plan.Meetings.Select(m => m.Id));
        var february = plan.Meetings[0];
        Assert.Equal(new LocalDateTime(2025, 2, 7, 13, 0), february.Start);
        Assert.Equal(new LocalDateTime(2025, 2, 7, 16, 0), february.End);
        Assert.Equal("Digitalt", february.Location);
        Assert.Equal("Extra styrelsemöte", february.Title);
        Assert.True(february.Assumed);
        var april = plan.Meetings[1];
        Assert.Equal(new LocalDateTime(2025, 4, 4, 9, 0), april.Start);
        Assert.Equal("Kansliet", april.Location);
        Assert.False(april.Assumed);
        // The annual report follows the pinned April meeting.
        Assert.Equal(Date("2025-04-04"), Assert.Single(plan.Deadlines).Due);
        Assert.True(plan.Deadlines[0].Assumed);
    }

    [Fact]
    public void Plan_PinnedDeadline_KeepsItsOwnDateAndFlag()
    {
        var pins = new ActivityPins("arsredovisning", [new PinnedOccurrence(Date("2025-03-28"))]);

        var deadline = Assert.Single(WheelPlanner.Plan(Roster, Board, 2025, YearFile(2025, pins)).Deadlines);

        Assert.Equal("2025-03-28-arsredovisning", deadline.Id);
        Assert.Equal("Årsredovisning 2024", deadline.Title);
        Assert.False(deadline.Assumed);
    }

    [Fact]
    public void Plan_OneOffActivity_IsAddedOnItsPinnedDates()
    {
        var extra = Meeting("extra-styrelsemote", null, title: "Extra styrelsemöte");
        var yearFile = new YearFile("sco", 2025, [new ActivityPins(extra.Id, [new PinnedOccurrence(Date("2025-07-03"))])], [extra]);

        var plan = WheelPlanner.Plan(Roster, Board, 2025, yearFile);

        Assert.Equal(11, plan.Meetings.Count);
        Assert.Contains(plan.Meetings, m => m.Id == "2025-07-03-extra-styrelsemote" && m.Title == "Extra styrelsemöte");
    }

    [Fact]
    public void Plan_YearFileControls_ReplaceTheTemplatesAndPinDates()
    {
        var internalControl = new YearInternalControl(
            new PinnedOccurrence(Date("2025-02-07"), Assumed: false),
            new PinnedOccurrence(Date("2025-10-10"), Assumed: false),
            [Control("lon", responsible: "ik-2")]);
        var yearFile = new YearFile("sco", 2025, [], [], internalControl);

        var plan = WheelPlanner.Plan(Roster, Board, 2025, yearFile).InternalControl;

        Assert.Equal(Date("2025-02-07"), plan.AdoptBy);
        Assert.Equal(Date("2025-10-10"), plan.FollowUpDue);
        Assert.False(plan.Assumed);
        var control = Assert.Single(plan.Controls);
        Assert.Equal(("lon", "ik-2", 2, 3), (control.Id, control.ResponsiblePersonId, control.Probability, control.Consequence));
    }

    [Fact]
    public void Plan_YearFileWithoutControls_KeepsTheTemplatesControls()
    {
        var yearFile = new YearFile("sco", 2025, [], [], new YearInternalControl(AdoptBy: new PinnedOccurrence(Date("2025-02-07"))));

        var plan = WheelPlanner.Plan(Roster, Board, 2025, yearFile).InternalControl;

        Assert.Equal(["attest", "diarieforing", "gdpr"], plan.Controls.Select(c => c.Id));
        Assert.True(plan.Assumed); // the follow-up still comes from the rule
    }
}
