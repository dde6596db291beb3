using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders.Planning;

namespace SCO.Arshjul.Notifications.Tests.Reminders.Planning;

/// <summary>Subjects for planner tests: created long before anything they are due for, unless a test says otherwise.</summary>
internal static class TestSubjects
{
    public const string DeadlineKey = "sco/deadline/2026-05-29-arsredovisning";
    public const string DecisionKey = "sco/decision/SCÖ 2026-1.4";
    public const string MeetingKey = "sco/meeting/2026-03-13-styrelse";

    public static readonly Instant LongAgo = Utc(2025, 1, 1, 0);

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    public static ReminderSubject Deadline(
        LocalDate due, DeadlineCategory category = DeadlineCategory.AnnualReport, Instant? created = null, bool done = false) =>
        new(new ReminderItem(DeadlineKey, WheelItemKind.Deadline), "Årsredovisning 2025", due, null, category, done, false,
            created ?? LongAgo, created ?? LongAgo);

    public static ReminderSubject Decision(LocalDate due, bool done = false, bool cancelled = false) =>
        new(new ReminderItem(DecisionKey, WheelItemKind.Decision), "Ny lokal", due, null, null, done, cancelled, LongAgo, LongAgo);

    public static ReminderSubject Control(string planKey, string controlId, LocalDate due) =>
        new(new ReminderItem(planKey, WheelItemKind.InternalControl, controlId), "Attest", due, null, null, false, false, LongAgo, LongAgo);

    /// <summary>A meeting of 3 hours from <paramref name="start"/> (Stockholm).</summary>
    public static ReminderSubject Meeting(
        MeetingStatus status,
        LocalDateTime start,
        int sequence = 0,
        bool invitationSent = false,
        bool papersSent = false,
        Instant? lastChanged = null)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var end = start.PlusHours(3);
        var facts = new MeetingFacts(
            status, start, end, start.InZoneStrictly(zone).ToInstant(), end.InZoneStrictly(zone).ToInstant(), sequence, invitationSent, papersSent);
        return new ReminderSubject(
            new ReminderItem(MeetingKey, WheelItemKind.Meeting), "Styrelsemöte", null, facts, null,
            status == MeetingStatus.MinutesApproved, status == MeetingStatus.Cancelled, LongAgo, lastChanged ?? LongAgo);
    }
}
