using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>Items of 2026 for <c>sco</c>; times local to Europe/Stockholm.</summary>
internal static class TestItems
{
    public const string DeadlineId = "2026-03-30-arsredovisning";
    public const string DeadlineKey = "sco/deadline/" + DeadlineId;
    public const string MeetingId = "2026-03-13-styrelse";
    public const string MeetingKey = "sco/meeting/" + MeetingId;
    public const string ControlPlanKey = "sco/internal-control/2026";
    public const string DecisionKey = "sco/decision/SCÖ 2026-1.4";

    /// <summary>Due Monday 30 March 2026, the day after the change to summer time.</summary>
    public static PlannedDeadline Deadline(LocalDate? due = null, string id = DeadlineId) =>
        new(id, "arsredovisning", DeadlineCategory.AnnualReport, "Årsredovisning 2025", due ?? new LocalDate(2026, 3, 30), TestRoster.Director, TestRoster.Board, Assumed: false);

    /// <summary>The board meets Friday 13 March 2026, 09:00–12:00.</summary>
    public static PlannedMeeting Meeting(string id = MeetingId, LocalDateTime? start = null) => new(
        id, "styrelsemote", MeetingKind.BoardMeeting, [TestRoster.Board], "Styrelsemöte",
        start ?? new LocalDateTime(2026, 3, 13, 9, 0), (start ?? new LocalDateTime(2026, 3, 13, 9, 0)).PlusHours(3),
        "Kansliet", ["Mötets öppnande"], Assumed: false);

    public static PlannedWorkEnvironmentTask SamTask() =>
        new("2026-05-12-skyddsrond", "skyddsrond", "Skyddsrond", new LocalDate(2026, 5, 12), TestRoster.Director, Assumed: true);

    public static PlannedInternalControlPlan ControlPlan() => new(
        new LocalDate(2026, 2, 13),
        new LocalDate(2026, 10, 30),
        [new PlannedControl("attest", "Ekonomi", "Attest av fakturor", 2, 3, "Stickprov", TestRoster.Auditor, new LocalDate(2026, 6, 12))],
        Assumed: false);

    public static RecordDecision Decision(LocalDate? due = null) => new(
        "SCÖ 2026-1.4", "sco/meeting/2026-02-13-styrelse", "Ny lokal", "Förbundschefen tecknar nytt hyresavtal.", TestRoster.Director,
        due ?? new LocalDate(2026, 4, 30));

    public static YearPlan Plan() => new("sco", 2026, YearPlanSource.Template, [Meeting()], [Deadline()], ControlPlan(), [SamTask()]);
}
