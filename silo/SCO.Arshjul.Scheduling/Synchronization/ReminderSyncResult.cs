using SCO.Arshjul.Notifications.Reminders.Planning;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>What one sync of an item changed in Quartz, by occurrence key.</summary>
/// <param name="Added">Triggers scheduled.</param>
/// <param name="Retimed">Triggers whose occurrence changed (a new time, usually), replaced.</param>
/// <param name="Removed">Triggers no longer wanted, unscheduled.</param>
/// <param name="Kept">Overdue triggers of a still-overdue item kept though no longer planned (they fire once, late).</param>
/// <param name="AlreadyFired">Planned occurrences whose time had passed without a trigger: taken as fired, not added.</param>
public sealed record ReminderSyncResult(
    ReminderItem Item,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Retimed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> AlreadyFired)
{
    /// <summary>True when Quartz was changed.</summary>
    public bool Changed => Added.Count + Retimed.Count + Removed.Count > 0;
}
