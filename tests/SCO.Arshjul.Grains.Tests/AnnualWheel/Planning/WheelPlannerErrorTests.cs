using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using static SCO.Arshjul.Grains.Tests.AnnualWheel.Planning.PlanningFixtures;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

public sealed class WheelPlannerErrorTests
{
    private static readonly RecurrenceRule Monthly = new MonthlyRule(SecondFriday, [7]);

    [Fact]
    public void Plan_DuplicateActivityId_Throws() =>
        AssertFails(Template(Meeting("mote", Monthly), Deadline("mote", Yearly(4, 30))), null, "duplicate activity id 'mote'", "mote");

    [Fact]
    public void Plan_OneOffWithTemplatesId_Throws()
    {
        var yearFile = new YearFile("sco", 2025, [new ActivityPins("mote", [new PinnedOccurrence(Date("2025-07-03"))])], [Meeting("mote", null)]);

        AssertFails(Template(Meeting("mote", Monthly)), yearFile, "duplicate activity id 'mote'", "mote");
    }

    [Fact]
    public void Plan_TwoOccurrencesOnOneDay_ThrowsDuplicatePlannedId()
    {
        // 6 June is nationaldagen: it moves to 5 June, where the other occurrence already is.
        var rule = new ExplicitRule([new(6, new DayOfMonthSpec(5)), new(6, new DayOfMonthSpec(6))]);

        AssertFails(Template(Deadline("rapport", rule)), null, "2025-06-05-rapport would not be unique", "rapport");
    }

    [Fact]
    public void Plan_InvalidActivityId_Throws() =>
        AssertFails(Template(Deadline("Årsredovisning", Yearly(4, 30))), null, "invalid activity id", "Årsredovisning");

    [Fact]
    public void Plan_UnknownBody_ThrowsListingKnownBodies() =>
        AssertFails(Template(Meeting("mote", Monthly) with { Bodies = ["styrelsen"] }), null,
            "unknown body 'styrelsen' (known: styrelse, beredningsgrupp, kansli)", "mote");

    [Fact]
    public void Plan_UnknownPerson_Throws() =>
        AssertFails(Template(Deadline("rapport", Yearly(4, 30), responsible: ResponsibleParty.ForPerson("okand"))), null, "unknown person 'okand'", "rapport");

    [Fact]
    public void Plan_RoleNobodyHolds_Throws() =>
        AssertFails(Template(Deadline("rapport", Yearly(4, 30), responsible: ResponsibleParty.ForRole(Role.Auditor))), null,
            "nobody in sco holds the role 'revisor'", "rapport");

    [Fact]
    public void Plan_PinOnHoliday_Throws() =>
        AssertFails(Template(Meeting("mote", Monthly)), YearFile(2025, new ActivityPins("mote", [new PinnedOccurrence(Date("2025-06-06"))])),
            "pinned date 2025-06-06 is not a working day (nationaldagen)", "mote");

    [Fact]
    public void Plan_PinInAnotherYear_Throws() =>
        AssertFails(Template(Meeting("mote", Monthly)), YearFile(2025, new ActivityPins("mote", [new PinnedOccurrence(Date("2026-03-13"))])),
            "pinned date 2026-03-13 is not in 2025", "mote");

    [Fact]
    public void Plan_PinForUnknownActivity_Throws() =>
        AssertFails(Template(Meeting("mote", Monthly)), YearFile(2025, new ActivityPins("motet", [new PinnedOccurrence(Date("2025-03-13"))])),
            "unknown activity 'motet'", "motet");

    [Fact]
    public void Plan_EndBeforeStart_Throws()
    {
        var pin = new PinnedOccurrence(Date("2025-03-13"), new LocalTime(14, 0), new LocalTime(13, 0));

        AssertFails(Template(Meeting("mote", Monthly)), YearFile(2025, new ActivityPins("mote", [pin])), "end 13:00 is not after start 14:00", "mote");
    }

    [Fact]
    public void Plan_MeetingWithoutStart_Throws() =>
        AssertFails(Template(Meeting("mote", Monthly) with { Start = null }), null, "activity 'mote' has no start", "mote");

    [Fact]
    public void Plan_OneOffWithoutDates_Throws() =>
        AssertFails(Template(Meeting("mote", null)), null, "'mote' has neither a rule nor pinned dates", "mote");

    [Fact]
    public void Plan_DeadlineOnDayOfUnknownMeeting_Throws() =>
        AssertFails(Template(Deadline("rapport", new SameDayAsMeetingRule("styrelsemote", [4]))), null, "'rapport': 'styrelsemote' is not a meeting activity", "rapport");

    [Fact]
    public void Plan_AdoptByRuleWithManyDates_Throws() =>
        AssertFails(new WheelTemplate([], new InternalControlTemplate(Monthly, Yearly(10, 15), [])), null,
            "internal control adopt-by: the rule gives 11 dates in 2025, not exactly one", WheelPlanner.InternalControlActivityId);

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 5)]
    public void Plan_RiskOutOfRange_Throws(int probability, int consequence) =>
        AssertFails(new WheelTemplate([], ControlPlan(Control("attest", probability: probability, consequence: consequence))), null,
            "is not 1–4", WheelPlanner.InternalControlActivityId);

    [Fact]
    public void Plan_ControlForNonAuditor_Throws() =>
        AssertFails(new WheelTemplate([], ControlPlan(Control("attest", responsible: "chef"))), null,
            "control 'attest': 'chef' is not an internkontrollant (known: ik-1, ik-2)", WheelPlanner.InternalControlActivityId);

    [Fact]
    public void Plan_DuplicateControlId_Throws() =>
        AssertFails(new WheelTemplate([], ControlPlan(Control("attest"), Control("attest"))), null,
            "duplicate control id 'attest'", WheelPlanner.InternalControlActivityId);

    [Fact]
    public void Plan_YearFileForAnotherYear_Throws() =>
        AssertFails(Template(), YearFile(2026), "the year file is for sco 2026, not sco 2025", null);

    private static void AssertFails(WheelTemplate template, YearFile? yearFile, string message, string? activityId)
    {
        var error = Assert.Throws<WheelPlanningException>(() => WheelPlanner.Plan(Roster, template, 2025, yearFile));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(activityId, error.ActivityId);
    }
}
