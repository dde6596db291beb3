using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>Reminder occurrences as the planner would make them.</summary>
public static class Occurrences
{
    public static ReminderOccurrence Meeting(string meetingKey, ReminderKind kind, Instant fireAt, string? suffix = null) =>
        new($"{meetingKey}/{suffix ?? kind.ToString().ToLowerInvariant()}", TestRoster.Org, meetingKey, WheelItemKind.Meeting, null, kind, null, fireAt);

    public static ReminderOccurrence Due(string itemKey, WheelItemKind itemKind, int daysBefore, Instant fireAt, string? subItemId = null) =>
        new($"{itemKey}{(subItemId is null ? "" : "/" + subItemId)}/due-{daysBefore}d", TestRoster.Org, itemKey, itemKind, subItemId, ReminderKind.DueBefore, daysBefore, fireAt);

    public static ReminderOccurrence Overdue(string itemKey, WheelItemKind itemKind, Instant fireAt, string? subItemId = null) =>
        new($"{itemKey}{(subItemId is null ? "" : "/" + subItemId)}/overdue/{fireAt}", TestRoster.Org, itemKey, itemKind, subItemId, ReminderKind.Overdue, null, fireAt);
}
