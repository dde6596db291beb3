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
/// <remarks>
/// A firing that fails (the database went away while it wrote the notifications or re-planned) is fired again: after
/// 5 s, then twice as long each time up to 5 minutes, 20 times (more than an hour). Quartz stores the retry with the
/// trigger, so it survives a restart. Without it a one-shot trigger whose job failed is done, and its reminder lost;
/// firing again is safe, as the handler writes each notification once (idempotency keys).
/// </remarks>
[DisallowConcurrentExecution]
[RetryPolicy(20, "00:00:05", 2.0, MaxDelay = "00:05:00")]
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
