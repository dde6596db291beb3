using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling.Reconciliation;

/// <summary>
/// At silo start, makes Quartz match the grains: syncs every item of each organisation's wheels (the years given),
/// meeting register (so ad-hoc meetings, which no wheel indexes, too) and decision register, and every item Quartz still
/// holds a job for (so the jobs of items gone are removed).
/// </summary>
public sealed partial class StartupReconciliation(
    IGrainFactory grainFactory,
    ReminderSynchronizer synchronizer,
    ILogger<StartupReconciliation> logger)
{
    /// <summary>Syncs every item; returns one result per item.</summary>
    /// <param name="organisationIds">The configured organisations.</param>
    /// <param name="years">The years whose wheels were generated (e.g. the current year and every year with a year file).</param>
    public async Task<IReadOnlyList<ReminderSyncResult>> ReconcileAsync(
        IEnumerable<string> organisationIds,
        IEnumerable<int> years,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        ArgumentNullException.ThrowIfNull(years);
        var grainKeys = new SortedSet<string>(StringComparer.Ordinal);
        var yearList = years.Distinct().ToList();
        foreach (var organisationId in organisationIds)
        {
            grainKeys.UnionWith(await WheelItems.KeysAsync(grainFactory, organisationId, yearList, cancellationToken));
            var meetings = grainFactory.GetGrain<IMeetingRegisterGrain>($"{organisationId}/meeting-register");
            grainKeys.UnionWith((await meetings.ListAsync(cancellationToken: cancellationToken)).Select(m => m.Key));
            var register = grainFactory.GetGrain<IDecisionRegisterGrain>($"{organisationId}/decision-register");
            grainKeys.UnionWith((await register.ListAsync(cancellationToken: cancellationToken)).Select(e => e.Summary.Key));
        }

        grainKeys.UnionWith((await synchronizer.ScheduledItemsAsync(cancellationToken: cancellationToken)).Select(i => i.ItemKey));
        var results = new List<ReminderSyncResult>();
        foreach (var grainKey in grainKeys.Where(k => ReminderGrainKinds.TryOf(k, out _)))
        {
            results.AddRange(await synchronizer.SyncGrainAsync(grainKey, cancellationToken: cancellationToken));
        }

        LogReconciled(grainKeys.Count, results.Count, results.Count(r => r.Changed));
        return results;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders reconciled: {Grains} grains, {Items} items, {Changed} changed")]
    private partial void LogReconciled(int grains, int items, int changed);
}
