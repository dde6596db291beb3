using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains.Tests.TestSupport;

/// <summary>Planned items for tests; all times local to Europe/Stockholm.</summary>
public static class SamplePlans
{
    public const string MeetingId = "2025-03-14-styrelse";
    public const string MeetingKey = "sco/meeting/" + MeetingId;

    /// <summary>The board meets 2025-03-14 09:00–12:00 (CET, so 08:00–11:00 UTC).</summary>
    public static PlannedMeeting BoardMeeting(string id = MeetingId, LocalDateTime? start = null, LocalDateTime? end = null) => new(
        id,
        "styrelsemote",
        MeetingKind.BoardMeeting,
        [SampleRoster.Board],
        "Styrelsemöte",
        start ?? new LocalDateTime(2025, 3, 14, 9, 0),
        end ?? new LocalDateTime(2025, 3, 14, 12, 0),
        "Kansliet, Linköping",
        ["Mötets öppnande", "Ekonomisk uppföljning", "Beslut och processer"],
        Assumed: false);

    public static PlannedDeadline Deadline(string id = "2025-04-30-arsredovisning", LocalDate? due = null, string responsible = SampleRoster.Director) =>
        new(id, "arsredovisning", DeadlineCategory.AnnualReport, "Årsredovisning 2024", due ?? new LocalDate(2025, 4, 30), responsible, SampleRoster.Board, Assumed: false);

    public static PlannedWorkEnvironmentTask SamTask(string id = "2025-05-skyddsrond", LocalDate? due = null, string responsible = SampleRoster.Director) =>
        new(id, "skyddsrond", "Skyddsrond", due ?? new LocalDate(2025, 5, 15), responsible, Assumed: true);

    public static PlannedControl Control(string id, int probability = 2, int consequence = 3, LocalDate? due = null, string responsible = SampleRoster.Auditor) =>
        new(id, "Ekonomi", $"Kontroll {id}", probability, consequence, "Stickprov", responsible, due ?? new LocalDate(2025, 8, 29));

    public static PlannedInternalControlPlan ControlPlan(params PlannedControl[] controls) =>
        new(new LocalDate(2025, 2, 14), new LocalDate(2025, 10, 31), controls.Length == 0 ? [Control("attest"), Control("delegation", 3, 4)] : controls, Assumed: false);
}
