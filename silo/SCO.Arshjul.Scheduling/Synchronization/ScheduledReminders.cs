using Quartz;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>
/// What Quartz holds under one name prefix (an organisation's <c>{org}/</c>, or one grain's key), read in one listing
/// of jobs and one of triggers: the items with a job, and each item's triggers with their occurrences. A snapshot:
/// firings and other syncs may change the store after it was read.
/// </summary>
public sealed class ScheduledReminders
{
    private static readonly IReadOnlyList<ScheduledTrigger> None = [];
    private readonly Dictionary<string, List<ScheduledTrigger>> _triggers;

    private ScheduledReminders(IReadOnlyList<ReminderItem> items, Dictionary<string, List<ScheduledTrigger>> triggers)
    {
        Items = items;
        _triggers = triggers;
    }

    /// <summary>The items that have a job.</summary>
    public IReadOnlyList<ReminderItem> Items { get; }

    /// <summary>The triggers of <paramref name="item"/>'s job.</summary>
    public IReadOnlyList<ScheduledTrigger> TriggersOf(ReminderItem item) =>
        _triggers.TryGetValue(ReminderQuartz.JobKey(item).Name, out var triggers) ? triggers : None;

    /// <summary>The items of the grain with <paramref name="grainKey"/>: its own, or its parts (<c>{grainKey}/{part}</c>).</summary>
    public IReadOnlyList<ReminderItem> ItemsOf(string grainKey) =>
        [.. Items.Where(i => i.ItemKey == grainKey)];

    /// <summary>Reads the reminder jobs and triggers whose names start with <paramref name="namePrefix"/> (every one when null).</summary>
    public static async Task<ScheduledReminders> ReadAsync(IScheduler scheduler, string? namePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var group = GroupMatcher<JobKey>.GroupEquals(ReminderQuartz.Group);
        var jobQuery = new JobQuery { Group = group, Take = PagedQuery.All };
        var jobs = await scheduler.QueryJobs(namePrefix is null ? jobQuery : jobQuery with { Name = NameMatcher<JobKey>.NameStartsWith(namePrefix) }, cancellationToken);
        var details = jobs.Items.Count == 0 ? [] : await scheduler.GetJobDetails([.. jobs.Items.Select(j => j.Key)], cancellationToken);
        var triggerQuery = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(ReminderQuartz.Group), Take = PagedQuery.All };
        var headers = await scheduler.QueryTriggers(
            namePrefix is null ? triggerQuery : triggerQuery with { Name = NameMatcher<TriggerKey>.NameStartsWith(namePrefix) }, cancellationToken);
        var triggers = headers.Items.Count == 0 ? [] : await scheduler.GetTriggers([.. headers.Items.Select(h => h.Key)], cancellationToken);
        var byJob = new Dictionary<string, List<ScheduledTrigger>>(StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            if (!byJob.TryGetValue(trigger.JobKey.Name, out var list))
            {
                byJob[trigger.JobKey.Name] = list = [];
            }

            list.Add(new ScheduledTrigger(trigger, ReminderJobData.ReadOccurrence(trigger.JobDataMap)));
        }

        return new ScheduledReminders([.. details.Select(d => ReminderJobData.ReadItem(d.JobDataMap))], byJob);
    }
}
