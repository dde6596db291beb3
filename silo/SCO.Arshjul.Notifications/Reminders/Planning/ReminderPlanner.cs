using NodaTime;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// What reminders an item should have, by the policy, as of an instant. Pure: the same subject, policy and instant
/// give the same occurrences with the same keys, so planning again re-times reminders and never duplicates them.
/// </summary>
/// <remarks>
/// Rules: nothing for a done item, nor for a cancelled one except a meeting's cancellation; no reminder that would have
/// fired before the item existed; past reminders are still listed (the scheduler knows which have fired), except that
/// of the weekly overdue slots only the next one after <c>now</c> is.
/// </remarks>
public static class ReminderPlanner
{
    /// <summary>The occurrences of <paramref name="subject"/>, by fire time, then key.</summary>
    public static IReadOnlyList<ReminderOccurrence> Plan(ReminderSubject subject, ReminderPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(policy);
        var occurrences = subject switch
        {
            { Meeting: { } meeting } => MeetingReminderRules.Plan(subject, meeting, policy),
            { Done: true } or { Cancelled: true } => [],
            { Due: { } due } => DueReminderRules.Plan(subject, due, policy.ForDue(subject.Item.Kind, subject.Category), policy, now),
            _ => throw new ArgumentException($"{subject.Item} has neither a meeting nor a due date", nameof(subject)),
        };

        return [.. occurrences
            .Where(o => o.FireAt >= subject.Created)
            .OrderBy(o => o.FireAt)
            .ThenBy(o => o.Key, StringComparer.Ordinal)];
    }
}
