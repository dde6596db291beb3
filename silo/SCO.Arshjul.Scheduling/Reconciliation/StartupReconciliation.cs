using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling.Reconciliation;

/// <summary>
/// At silo start, makes Quartz match the grains, one organisation at a time: syncs every item of its wheels (the years
/// given), meeting register (so ad-hoc meetings, which no wheel indexes, too) and decision register, and every item
/// Quartz still holds a job for (so the jobs of items gone are removed), against one listing of the organisation's jobs
/// and triggers; then the jobs of organisations no longer configured.
/// </summary>
public sealed partial class StartupReconciliation(
    IGrainFactory grainFactory,
    ReminderSynchronizer synchronizer,
    ILogger<StartupReconciliation> logger)
{
    /// <summary>Syncs every item of every organisation, then the jobs of any other; returns one result per item.</summary>
    /// <param name="organisationIds">The configured organisations.</param>
    /// <param name="years">The years whose wheels were generated (e.g. the current year and every year with a year file).</param>
    public async Task<IReadOnlyList<ReminderSyncResult>> ReconcileAsync(
        IEnumerable<string> organisationIds,
        IEnumerable<int> years,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        ArgumentNullException.ThrowIfNull(years);
        var organisations = organisationIds.ToList();
        var yearList = years.Distinct().ToList();
        var results = new List<ReminderSyncResult>();
        foreach (var organisationId in organisations)
        {
            results.AddRange(await ReconcileOrganisationAsync(organisationId, yearList, cancellationToken));
        }

        results.AddRange(await ReconcileOthersAsync(organisations, cancellationToken));
        return results;
    }

    /// <summary>Syncs every item of one organisation, from one listing of what Quartz holds under <c>{org}/</c>.</summary>
    public async Task<IReadOnlyList<ReminderSyncResult>> ReconcileOrganisationAsync(
        string organisationId, IEnumerable<int> years, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        ArgumentNullException.ThrowIfNull(years);
        var listing = await synchronizer.ListAsync(organisationId + "/", cancellationToken);
        var grainKeys = new SortedSet<string>(await WheelItems.KeysAsync(grainFactory, organisationId, years, cancellationToken), StringComparer.Ordinal);
        var meetings = grainFactory.GetGrain<IMeetingRegisterGrain>($"{organisationId}/meeting-register");
        grainKeys.UnionWith((await meetings.ListAsync(cancellationToken: cancellationToken)).Select(m => m.Key));
        var register = grainFactory.GetGrain<IDecisionRegisterGrain>($"{organisationId}/decision-register");
        grainKeys.UnionWith((await register.ListAsync(cancellationToken: cancellationToken)).Select(e => e.Summary.Key));
        grainKeys.UnionWith(listing.Items.Select(i => i.ItemKey));
        var results = new List<ReminderSyncResult>();
        foreach (var grainKey in grainKeys.Where(k => ReminderGrainKinds.TryOf(k, out _)))
        {
            results.AddRange(await synchronizer.SyncGrainAsync(grainKey, listing, cancellationToken: cancellationToken));
        }

        LogReconciled(organisationId, grainKeys.Count, results.Count, results.Count(r => r.Changed));
        return results;
    }

    /// <summary>
    /// Syncs the items Quartz holds a job for outside <paramref name="organisationIds"/> (an organisation taken out of
    /// the configuration): their jobs go once their grains hold no items.
    /// </summary>
    public async Task<IReadOnlyList<ReminderSyncResult>> ReconcileOthersAsync(
        IEnumerable<string> organisationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        var prefixes = organisationIds.Select(id => id + "/").ToList();
        var results = new List<ReminderSyncResult>();
        foreach (var grainKey in (await synchronizer.ScheduledItemsOutsideAsync(prefixes, cancellationToken)).Select(i => i.ItemKey).Distinct(StringComparer.Ordinal))
        {
            if (ReminderGrainKinds.TryOf(grainKey, out _))
            {
                results.AddRange(await synchronizer.SyncGrainAsync(grainKey, cancellationToken: cancellationToken));
            }
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders of {Organisation} reconciled: {Grains} grains, {Items} items, {Changed} changed")]
    private partial void LogReconciled(string organisation, int grains, int items, int changed);
}
