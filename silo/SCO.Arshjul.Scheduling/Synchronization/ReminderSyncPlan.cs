using NodaTime;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>
/// What a sync of one item would change in Quartz, decided from the occurrences planned now and the triggers held
/// (the rules are <see cref="ReminderSynchronizer"/>'s).
/// </summary>
internal sealed record ReminderSyncPlan(
    IReadOnlyList<(ScheduledTrigger Held, ReminderOccurrence Wanted)> Retime,
    IReadOnlyList<ScheduledTrigger> Remove,
    IReadOnlyList<ReminderOccurrence> Add,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> AlreadyFired,
    bool DeleteJob)
{
    /// <summary>Nothing to write: the triggers held are what the item should have.</summary>
    public bool WritesNothing => Retime.Count == 0 && Remove.Count == 0 && Add.Count == 0 && !DeleteJob;

    /// <param name="gone">The item is gone from its grain: its job goes too.</param>
    /// <param name="afterChange">Syncing for a change just made: a meeting's update or cancellation is added though due.</param>
    public static ReminderSyncPlan Of(
        IReadOnlyList<ReminderOccurrence> desired, IReadOnlyList<ScheduledTrigger> held, Instant now, bool gone, bool afterChange)
    {
        var stillOverdue = desired.Any(o => o.Kind == ReminderKind.Overdue);
        List<(ScheduledTrigger, ReminderOccurrence)> retime = [];
        List<ScheduledTrigger> remove = [];
        List<string> kept = [];
        foreach (var trigger in held)
        {
            var occurrence = trigger.Occurrence;
            var wanted = desired.FirstOrDefault(d => d.Key == occurrence.Key);
            if (wanted is not null)
            {
                if (wanted != occurrence)
                {
                    retime.Add((trigger, wanted));
                }
            }
            else if (occurrence.Kind == ReminderKind.Overdue && stillOverdue && !(trigger.Trigger.NextFireTimeUtc > now.ToDateTimeOffset()))
            {
                kept.Add(occurrence.Key);
            }
            else
            {
                remove.Add(trigger);
            }
        }

        List<ReminderOccurrence> add = [];
        List<string> alreadyFired = [];
        foreach (var wanted in desired.Where(d => !held.Any(e => e.Occurrence.Key == d.Key)))
        {
            if (wanted.FireAt > now || (afterChange && wanted.Kind is ReminderKind.InvitationUpdate or ReminderKind.Cancellation))
            {
                add.Add(wanted);
            }
            else
            {
                alreadyFired.Add(wanted.Key);
            }
        }

        return new ReminderSyncPlan(retime, remove, add, kept, alreadyFired, gone);
    }
}
