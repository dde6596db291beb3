using NodaTime;
using Quartz;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;

namespace SCO.Arshjul.Scheduling.Tests.Jobs;

public sealed class ReminderJobDataTests
{
    private static readonly ReminderItem Control = new("sco/internal-control/2026", WheelItemKind.InternalControl, "attest");

    [Fact]
    public void Trigger_CarriesTheOccurrenceAsJsonUnderItsKey()
    {
        var occurrence = new ReminderOccurrence(
            "sco/internal-control/2026/attest/due-14d", "sco", Control.ItemKey, Control.Kind, "attest", ReminderKind.DueBefore, 14, Instant.FromUtc(2026, 5, 29, 7, 0));

        var trigger = ReminderQuartz.Trigger(Control, occurrence, TimeProvider.System);

        Assert.Equal(new TriggerKey(occurrence.Key, "arshjul"), trigger.Key);
        Assert.Equal(new JobKey("sco/internal-control/2026/attest", "arshjul"), trigger.JobKey);
        Assert.Equal(new DateTimeOffset(2026, 5, 29, 7, 0, 0, TimeSpan.Zero), trigger.StartTimeUtc);
        Assert.Contains("\"kind\":\"DueBefore\"", (string)trigger.JobDataMap[ReminderJobData.Occurrence]!, StringComparison.Ordinal);
        Assert.Equal(occurrence, ReminderJobData.ReadOccurrence(trigger.JobDataMap));
        Assert.Equal(SimpleTriggerMisfireInstruction.FireNow, ((ISimpleTrigger)trigger).MisfireInstruction);
    }

    [Fact]
    public void Job_IsDurableRecoverableAndKnowsItsItem()
    {
        var job = ReminderQuartz.Job(Control);

        Assert.Equal((true, true, true), (job.Durable, job.RequestsRecovery, job.ConcurrentExecutionDisallowed));
        Assert.Equal(Control, ReminderJobData.ReadItem(job.JobDataMap));
        Assert.Throws<InvalidOperationException>(() => ReminderJobData.ReadOccurrence(job.JobDataMap));
    }
}
