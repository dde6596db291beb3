using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling.Changes;

/// <summary>
/// What a changed roster (<c>roster.changed</c>) means for meetings already invited: every meeting of the organisation
/// is handed to <see cref="AttendeeChanges"/>, which leaves alone those not invited or no longer ahead and sends the
/// others an updated kallelse if their attendees changed.
/// </summary>
/// <remarks>
/// The meetings are those of the organisation's wheels of last, this and next year by the clock (a meeting moved
/// across New Year stays in its first year's wheel) and every meeting Quartz holds a job for, as reconciliation finds
/// them. A meeting invited and still ahead has reminders to come, so Quartz knows it whichever wheel it is in.
/// </remarks>
public sealed partial class RosterChanges(
    IGrainFactory grainFactory,
    ReminderSynchronizer synchronizer,
    AttendeeChanges attendees,
    TimeProvider timeProvider,
    ILogger<RosterChanges> logger)
{
    /// <summary>Brings the attendees of <paramref name="organisationId"/>'s invited meetings up to date; one outcome per meeting.</summary>
    public async Task<IReadOnlyList<AttendeeChangeOutcome>> ApplyAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        var year = timeProvider.GetUtcNow().Year;
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        keys.UnionWith(await WheelItems.KeysAsync(grainFactory, organisationId, [year - 1, year, year + 1], cancellationToken));
        keys.UnionWith((await synchronizer.ScheduledItemsAsync($"{organisationId}/meeting", cancellationToken)).Select(i => i.ItemKey));
        var outcomes = new List<AttendeeChangeOutcome>();
        foreach (var meetingKey in keys.Where(k => ReminderGrainKinds.TryOf(k, out var kind) && kind == WheelItemKind.Meeting))
        {
            outcomes.Add(await attendees.UpdateAsync(meetingKey, cancellationToken));
        }

        LogApplied(organisationId, outcomes.Count, outcomes.Sum(o => o.Written), outcomes.Count(o => o.Recorded));
        return outcomes;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster of {Organisation} changed: {Meetings} meetings looked at, {Written} updated kallelser written, {Recorded} attendee lists recorded")]
    private partial void LogApplied(string organisation, int meetings, int written, int recorded);
}
