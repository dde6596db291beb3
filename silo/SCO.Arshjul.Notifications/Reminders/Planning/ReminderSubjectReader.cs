using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// Reads items from their grains as <see cref="ReminderSubject"/>s: meetings, deadlines, SAM tasks, decisions, and each
/// part of an internal-control plan (every control, the adoption and the tertial-2 follow-up).
/// </summary>
public sealed class ReminderSubjectReader(IGrainFactory grainFactory)
{
    /// <summary>The item as it stands, or null when its grain holds nothing (never planned, or no such control).</summary>
    public async Task<ReminderSubject?> ReadAsync(ReminderItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var subjects = await ReadGrainAsync(item.ItemKey, cancellationToken);
        return subjects.FirstOrDefault(s => s.Item == item);
    }

    /// <summary>Every item the grain with <paramref name="grainKey"/> holds: one, none, or an internal-control plan's parts.</summary>
    /// <exception cref="ArgumentException">The key's kind has no reminders (e.g. a roster or a wheel).</exception>
    public async Task<IReadOnlyList<ReminderSubject>> ReadGrainAsync(string grainKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grainKey);
        return ReminderGrainKinds.Of(grainKey) switch
        {
            WheelItemKind.Meeting => Single(ReminderSubjects.Of(await grainFactory.GetGrain<IMeetingGrain>(grainKey).GetAsync(cancellationToken))),
            WheelItemKind.Deadline => Single(ReminderSubjects.Of(await grainFactory.GetGrain<IDeadlineGrain>(grainKey).GetAsync(cancellationToken))),
            WheelItemKind.WorkEnvironmentTask => Single(ReminderSubjects.Of(await grainFactory.GetGrain<IWorkEnvironmentTaskGrain>(grainKey).GetAsync(cancellationToken))),
            WheelItemKind.Decision => Single(ReminderSubjects.Of(await grainFactory.GetGrain<IDecisionGrain>(grainKey).GetAsync(cancellationToken))),
            _ => ReminderSubjects.Of(await grainFactory.GetGrain<IInternalControlPlanGrain>(grainKey).GetAsync(cancellationToken)),
        };
    }

    private static IReadOnlyList<ReminderSubject> Single(ReminderSubject? subject) => subject is null ? [] : [subject];
}
