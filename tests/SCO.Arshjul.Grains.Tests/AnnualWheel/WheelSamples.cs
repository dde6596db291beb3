using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel;

/// <summary>A small hand-made year for <c>sco</c> 2025: three meetings, two deadlines, one SAM task, two controls.</summary>
public static class WheelSamples
{
    public const string Key = "sco/wheel/2025";

    public static PlannedMeeting Board { get; } = SamplePlans.BoardMeeting();

    public static PlannedMeeting Koll { get; } = new(
        "2025-04-11-koll", "koll", MeetingKind.Koll, [SampleRoster.PreparationGroup], "KOLL: beredningsgruppen med intressenter",
        new LocalDateTime(2025, 4, 11, 9, 0), new LocalDateTime(2025, 4, 11, 11, 0), null, [], Assumed: true);

    public static PlannedMeeting PlanningDays { get; } = new(
        "2025-08-21-planeringsdagar", "planeringsdagar", MeetingKind.JointDay, [SampleRoster.Board, SampleRoster.PreparationGroup], "Planeringsdagar",
        new LocalDateTime(2025, 8, 21, 9, 0), new LocalDateTime(2025, 8, 22, 15, 0), "Vadstena", [], Assumed: true);

    public static PlannedDeadline AnnualReport { get; } = SamplePlans.Deadline();

    public static PlannedDeadline StatusReport { get; } = new(
        "2025-05-15-statusrapport", "statusrapport", DeadlineCategory.StatusReport, "Statusrapport maj", new LocalDate(2025, 5, 15), SampleRoster.Director, null, Assumed: false);

    public static PlannedWorkEnvironmentTask SafetyRound { get; } = SamplePlans.SamTask();

    public static YearPlan Plan(string org = "sco", int year = 2025) => new(
        org,
        year,
        YearPlanSource.Template,
        [Board, Koll, PlanningDays],
        [AnnualReport, StatusReport],
        SamplePlans.ControlPlan(
            SamplePlans.Control("delegation", 3, 4, new LocalDate(2025, 6, 13)),
            SamplePlans.Control("attest", 2, 3, new LocalDate(2025, 8, 29))),
        [SafetyRound]);
}
