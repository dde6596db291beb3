using Microsoft.Extensions.Logging;
using NodaTime;
using Quartz;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>
/// Makes Quartz hold exactly the triggers an item should have: the planner's occurrences for the item as it stands now.
/// </summary>
/// <remarks>
/// Per existing trigger: a planned key is kept, and replaced if its occurrence changed (re-timed); an overdue trigger
/// of an item still overdue is kept even when past (after downtime it fires once, late); anything else is removed.
/// Per planned occurrence without a trigger: added if it lies ahead; a past one is taken as already fired, except a
/// meeting's update or cancellation when syncing after the change itself, which fires at once.
/// </remarks>
public sealed partial class ReminderSynchronizer(
    ISchedulerFactory schedulerFactory,
    ReminderSubjectReader reader,
    SchedulingOptions options,
    TimeProvider timeProvider,
    ILogger<ReminderSynchronizer> logger)
{
    private readonly ItemLocks _locks = new();

    /// <summary>Syncs one item (a whole grain, or one part of an internal-control plan).</summary>
    /// <param name="afterChange">Syncing for a change just made to the item: its at-once occurrences are added.</param>
    public async Task<ReminderSyncResult> SyncItemAsync(ReminderItem item, bool afterChange = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var subject = await reader.ReadAsync(item, cancellationToken);
        return await ApplyAsync(item, subject, afterChange, cancellationToken);
    }

    /// <summary>
    /// Syncs every item of the grain with <paramref name="grainKey"/>, and the items Quartz holds for it that the grain no
    /// longer has (a control dropped from a plan).
    /// </summary>
    /// <param name="afterChange">Syncing for a change just made to the grain: its at-once occurrences are added.</param>
    public async Task<IReadOnlyList<ReminderSyncResult>> SyncGrainAsync(string grainKey, bool afterChange = false, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var listing = await ScheduledReminders.ReadAsync(scheduler, grainKey, cancellationToken);
        return await SyncGrainAsync(grainKey, listing, afterChange, cancellationToken);
    }

    /// <summary>
    /// Syncs every item of the grain with <paramref name="grainKey"/> against <paramref name="listing"/>, a listing read
    /// earlier (e.g. of the grain's whole organisation): an item the listing shows as it should be is left without another
    /// query; any other is read again from Quartz before anything is written, so a stale listing changes nothing wrongly.
    /// </summary>
    public async Task<IReadOnlyList<ReminderSyncResult>> SyncGrainAsync(
        string grainKey, ScheduledReminders listing, bool afterChange = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var subjects = await reader.ReadGrainAsync(grainKey, cancellationToken);
        var results = new List<ReminderSyncResult>();
        foreach (var item in subjects.Select(s => s.Item).Concat(listing.ItemsOf(grainKey)).Distinct())
        {
            results.Add(await ApplyAsync(item, subjects.FirstOrDefault(s => s.Item == item), afterChange, listing.TriggersOf(item), cancellationToken));
        }

        return results;
    }

    /// <summary>The items that have a job in Quartz: all, or those of the grain with <paramref name="grainKey"/>.</summary>
    public async Task<IReadOnlyList<ReminderItem>> ScheduledItemsAsync(string? grainKey = null, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var query = new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(ReminderQuartz.Group), Take = PagedQuery.All };
        var jobs = await scheduler.QueryJobs(grainKey is null ? query : query with { Name = NameMatcher<JobKey>.NameStartsWith(grainKey) }, cancellationToken);
        var keys = jobs.Items.Select(j => j.Key)
            .Where(k => grainKey is null || k.Name == grainKey || k.Name.StartsWith(grainKey + "/", StringComparison.Ordinal))
            .ToList();
        var details = keys.Count == 0 ? [] : await scheduler.GetJobDetails(keys, cancellationToken);
        return [.. details.Select(d => ReminderJobData.ReadItem(d.JobDataMap))];
    }

    /// <summary>
    /// The items with a job whose name starts with none of <paramref name="prefixes"/>: one listing of every job's name,
    /// then the data of those jobs alone.
    /// </summary>
    public async Task<IReadOnlyList<ReminderItem>> ScheduledItemsOutsideAsync(IReadOnlyCollection<string> prefixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var jobs = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(ReminderQuartz.Group), Take = PagedQuery.All }, cancellationToken);
        var keys = jobs.Items.Select(j => j.Key).Where(k => !prefixes.Any(p => k.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
        var details = keys.Count == 0 ? [] : await scheduler.GetJobDetails(keys, cancellationToken);
        return [.. details.Select(d => ReminderJobData.ReadItem(d.JobDataMap))];
    }

    /// <summary>The reminder jobs and triggers whose names start with <paramref name="namePrefix"/>, e.g. <c>sco/</c>.</summary>
    public async Task<ScheduledReminders> ListAsync(string namePrefix, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        return await ScheduledReminders.ReadAsync(scheduler, namePrefix, cancellationToken);
    }

    private Task<ReminderSyncResult> ApplyAsync(ReminderItem item, ReminderSubject? subject, bool afterChange, CancellationToken cancellationToken) =>
        ApplyAsync(item, subject, afterChange, null, cancellationToken);

    /// <param name="listed">The item's triggers in a listing read earlier: when they need no change, nothing more is read.</param>
    private async Task<ReminderSyncResult> ApplyAsync(
        ReminderItem item, ReminderSubject? subject, bool afterChange, IReadOnlyList<ScheduledTrigger>? listed, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(item.Id, cancellationToken);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var now = Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
        var desired = subject is null ? [] : ReminderPlanner.Plan(subject, options.Policy, now);
        var plan = listed is null ? null : ReminderSyncPlan.Of(desired, listed, now, subject is null, afterChange);
        if (plan is not { WritesNothing: true })
        {
            plan = ReminderSyncPlan.Of(desired, await TriggersAsync(scheduler, item, cancellationToken), now, subject is null, afterChange);
        }

        foreach (var (trigger, wanted) in plan.Retime)
        {
            await scheduler.RescheduleJob(trigger.Trigger.Key, ReminderQuartz.Trigger(item, wanted, scheduler.TimeProvider), cancellationToken);
        }

        foreach (var trigger in plan.Remove)
        {
            await scheduler.UnscheduleJob(trigger.Trigger.Key, cancellationToken);
        }

        foreach (var wanted in plan.Add)
        {
            await EnsureJobAsync(scheduler, item, cancellationToken);
            await scheduler.ScheduleTrigger(ReminderQuartz.Trigger(item, wanted, scheduler.TimeProvider), TriggerConflict.Keep, cancellationToken);
        }

        if (plan.DeleteJob)
        {
            // The item is gone from its grain: so is its job.
            await scheduler.DeleteJob(ReminderQuartz.JobKey(item), cancellationToken);
        }

        var result = new ReminderSyncResult(
            item,
            [.. plan.Add.Select(o => o.Key)],
            [.. plan.Retime.Select(r => r.Wanted.Key)],
            [.. plan.Remove.Select(r => r.Occurrence.Key)],
            plan.Kept,
            plan.AlreadyFired);
        if (result.Changed)
        {
            LogSynced(item.Id, result.Added.Count, result.Retimed.Count, result.Removed.Count);
        }

        return result;
    }

    private static async Task<IReadOnlyList<ScheduledTrigger>> TriggersAsync(IScheduler scheduler, ReminderItem item, CancellationToken cancellationToken)
    {
        var headers = await scheduler.QueryTriggers(new TriggerQuery { Job = ReminderQuartz.JobKey(item), Take = PagedQuery.All }, cancellationToken);
        if (headers.Items.Count == 0)
        {
            return [];
        }

        var triggers = await scheduler.GetTriggers([.. headers.Items.Select(h => h.Key)], cancellationToken);
        return [.. triggers.Select(t => new ScheduledTrigger(t, ReminderJobData.ReadOccurrence(t.JobDataMap)))];
    }

    private static async Task EnsureJobAsync(IScheduler scheduler, ReminderItem item, CancellationToken cancellationToken)
    {
        if (await scheduler.Exists(ReminderQuartz.JobKey(item), cancellationToken))
        {
            return;
        }

        try
        {
            await scheduler.AddJob(ReminderQuartz.Job(item), cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node of the cluster added it first: the same job.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminders of {Item} synced: {Added} added, {Retimed} re-timed, {Removed} removed")]
    private partial void LogSynced(string item, int added, int retimed, int removed);
}
