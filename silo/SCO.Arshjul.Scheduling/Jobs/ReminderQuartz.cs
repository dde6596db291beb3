using NodaTime;
using Quartz;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;

namespace SCO.Arshjul.Scheduling.Jobs;

/// <summary>
/// How reminders map onto Quartz: one durable <see cref="ReminderJob"/> per item (job name = the item's
/// <see cref="ReminderItem.Id"/>), one one-shot trigger per occurrence (trigger name = <see cref="ReminderOccurrence.Key"/>),
/// both in the group <see cref="Group"/>. A trigger that misfires (the node was down) fires once, at once.
/// </summary>
public static class ReminderQuartz
{
    /// <summary>The job and trigger group of every reminder.</summary>
    public const string Group = "arshjul";

    /// <summary>The job of <paramref name="item"/>.</summary>
    public static JobKey JobKey(ReminderItem item) => new(item.Id, Group);

    /// <summary>The trigger of <paramref name="occurrence"/>.</summary>
    public static TriggerKey TriggerKey(ReminderOccurrence occurrence) => new(occurrence.Key, Group);

    /// <summary>The durable job of <paramref name="item"/>: recovered on another node if its node dies while it runs.</summary>
    public static IJobDetail Job(ReminderItem item) =>
        JobBuilder.Create<ReminderJob>()
            .WithIdentity(JobKey(item))
            .WithDescription(item.ToString())
            .StoreDurably()
            .RequestRecovery()
            .UsingJobData(ReminderJobData.ForItem(item))
            .Build();

    /// <summary>
    /// A one-shot trigger at <see cref="ReminderOccurrence.FireAt"/> carrying the occurrence, on the scheduler's clock
    /// <paramref name="timeProvider"/> (a trigger handles its own misfire against the clock it was built with).
    /// </summary>
    public static ITrigger Trigger(ReminderItem item, ReminderOccurrence occurrence, TimeProvider timeProvider) =>
        TriggerBuilder.Create(timeProvider)
            .WithIdentity(TriggerKey(occurrence))
            .ForJob(JobKey(item))
            .WithDescription($"{occurrence.Kind} at {occurrence.FireAt}")
            .StartAt(occurrence.FireAt.ToDateTimeOffset())
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .UsingJobData(ReminderJobData.Occurrence, ReminderJobData.Serialize(occurrence))
            .Build();

    /// <summary>An instant of Quartz's as a NodaTime instant.</summary>
    public static Instant ToInstant(DateTimeOffset value) => Instant.FromDateTimeOffset(value);
}
