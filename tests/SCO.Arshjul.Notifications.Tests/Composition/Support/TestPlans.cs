using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>Planned items for composition tests; all times local to Europe/Stockholm.</summary>
public static class TestPlans
{
    public const string BoardMeetingId = "2025-03-14-styrelse";
    public const string BoardMeetingKey = TestRoster.Org + "/meeting/" + BoardMeetingId;

    /// <summary>The board meets Friday 14 March 2025, 09:00–12:00.</summary>
    public static PlannedMeeting BoardMeeting() => Meeting(
        BoardMeetingId,
        MeetingKind.BoardMeeting,
        "Styrelsemöte",
        [TestRoster.Board],
        new LocalDateTime(2025, 3, 14, 9, 0),
        new LocalDateTime(2025, 3, 14, 12, 0));

    /// <summary>A meeting of <paramref name="kind"/> for <paramref name="bodies"/> on Tuesday 15 April 2025, 13:00–16:00.</summary>
    public static PlannedMeeting OtherMeeting(MeetingKind kind, params string[] bodies) => Meeting(
        $"2025-04-15-{kind.ToString().ToLowerInvariant()}",
        kind,
        $"Möte {kind}",
        bodies,
        new LocalDateTime(2025, 4, 15, 13, 0),
        new LocalDateTime(2025, 4, 15, 16, 0));

    public static string KeyOf(PlannedMeeting meeting) => $"{TestRoster.Org}/meeting/{meeting.Id}";

    public static PlannedDeadline Deadline() =>
        new("2025-04-11-arsredovisning", "arsredovisning", DeadlineCategory.AnnualReport, "Årsredovisning 2024", new LocalDate(2025, 4, 11), TestRoster.Staff, TestRoster.Board, Assumed: false);

    public static PlannedWorkEnvironmentTask SamTask() =>
        new("2025-05-14-skyddsrond", "skyddsrond", "Skyddsrond", new LocalDate(2025, 5, 14), TestRoster.Director, Assumed: true);

    public static PlannedInternalControlPlan ControlPlan() => new(
        new LocalDate(2025, 2, 14),
        new LocalDate(2025, 10, 10),
        [
            new PlannedControl("attest", "Ekonomi", "Attest- och delegationsordningen följs", 2, 3, "Stickprov på 20 fakturor", TestRoster.Auditor, new LocalDate(2025, 5, 30)),
            new PlannedControl("gdpr", "Dataskydd", "Personuppgiftsbehandlingar är förtecknade", 2, 4, "Genomgång av registret", TestRoster.Director, new LocalDate(2025, 9, 15)),
        ],
        Assumed: false);

    private static PlannedMeeting Meeting(string id, MeetingKind kind, string title, IReadOnlyList<string> bodies, LocalDateTime start, LocalDateTime end) =>
        new(id, "test", kind, bodies, title, start, end, "Kansliet, Linköping", ["Mötets öppnande", "Ekonomisk rapport", "Beslut och processer"], Assumed: false);
}
