using Microsoft.Extensions.Logging;
using Quartz;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling.Jobs;

/// <summary>
/// Fires one reminder: hands the trigger's occurrence to <see cref="IReminderHandler"/> (which writes notifications
/// to the outbox, idempotently) and, after a weekly overdue reminder, plans the item's next slot. One at a time per
/// item, so a re-plan never races another firing of the same item.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(
    IReminderHandler handler,
    ReminderSynchronizer synchronizer,
    SchedulingOptions options,
    ILogger<ReminderJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var occurrence = ReminderJobData.ReadOccurrence(context.Trigger.JobDataMap);
        var firedAt = ReminderQuartz.ToInstant(context.FireTimeUtc);
        var late = (firedAt - occurrence.FireAt).ToTimeSpan() > options.LateThreshold;
        var outcome = await handler.HandleAsync(occurrence, firedAt, cancellationToken);
        context.Result = new ReminderFiring(occurrence, firedAt, late, outcome);
        if (late)
        {
            logger.LogWarning(
                "Reminder {Key} fired late at {FiredAt} (due {FireAt}): {Written} notification(s) {Skipped}",
                occurrence.Key, firedAt, occurrence.FireAt, outcome.Written, outcome.SkippedBecause);
        }
        else
        {
            logger.LogInformation(
                "Reminder {Key} fired at {FiredAt}: {Written} notification(s) {Skipped}", occurrence.Key, firedAt, outcome.Written, outcome.SkippedBecause);
        }

        if (occurrence.Kind == ReminderKind.Overdue)
        {
            // Only the next weekly slot is ever scheduled: plan it now that this one has fired.
            await synchronizer.SyncItemAsync(ReminderItem.Of(occurrence), cancellationToken: cancellationToken);
        }
    }
}
