using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

/// <summary>A small roster and template builders for the planner tests.</summary>
internal static class PlanningFixtures
{
    public static OrganisationDefinition Roster { get; } = new(
        "sco",
        "Samordningsförbundet Test",
        "ST",
        [
            new BodyDefinition("styrelse", BodyKind.Board, "Styrelsen"),
            new BodyDefinition("beredningsgrupp", BodyKind.PreparationGroup, "Beredningsgruppen"),
            new BodyDefinition("kansli", BodyKind.Office, "Kansliet"),
        ],
        [
            Person("ordf", new MembershipDefinition("styrelse", Role.Chair, "Kinda kommun")),
            Person("ik-1", new MembershipDefinition("styrelse", Role.Member), new MembershipDefinition("styrelse", Role.InternalControlAuditor)),
            Person("ik-2", new MembershipDefinition("styrelse", Role.Member), new MembershipDefinition("styrelse", Role.InternalControlAuditor)),
            Person("chef", new MembershipDefinition("kansli", Role.Director)),
            Person("ekonom", new MembershipDefinition("kansli", Role.Staff)),
        ]);

    public static DaySpec SecondFriday { get; } = new NthWeekdaySpec(2, IsoDayOfWeek.Friday);

    public static ActivityTemplate Meeting(string id, RecurrenceRule? when, MeetingKind kind = MeetingKind.BoardMeeting, string title = "Styrelsemöte") =>
        new(id, ActivityKind.Meeting, title, when, ["styrelse"], MeetingKind: kind,
            Start: new LocalTime(9, 0), End: new LocalTime(12, 0), Location: "Kansliet", Agenda: ["Ekonomisk rapport (utfall och prognos)"]);

    public static ActivityTemplate Deadline(string id, RecurrenceRule? when, string title = "Rapport", ResponsibleParty? responsible = null) =>
        new(id, ActivityKind.Deadline, title, when, ["styrelse"], DeadlineCategory: DeadlineCategory.Other, Responsible: responsible);

    public static ActivityTemplate Task(string id, RecurrenceRule? when, string title = "Skyddsrond") =>
        new(id, ActivityKind.WorkEnvironmentTask, title, when, []);

    public static ControlTemplate Control(string id, string? responsible = null, int probability = 2, int consequence = 3) =>
        new(id, "Ekonomi", $"Kontroll {id}", probability, consequence, "Stickprov", Yearly(9, 30), responsible);

    public static InternalControlTemplate ControlPlan(params ControlTemplate[] controls) =>
        new(Yearly(2, 14), Yearly(10, 15), controls);

    public static WheelTemplate Template(params ActivityTemplate[] activities) =>
        new(activities, ControlPlan(Control("attest"), Control("diarieforing"), Control("gdpr")));

    public static YearFile YearFile(int year, params ActivityPins[] pins) => new("sco", year, pins, []);

    public static YearlyDateRule Yearly(int month, int day) => new(new AnnualDate(month, day));

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static PersonDefinition Person(string id, params MembershipDefinition[] memberships) =>
        new(id, id, $"{id}@example.org", memberships);
}
