using NodaTime;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Scheduling.Jobs;

/// <summary>What one run of <see cref="ReminderJob"/> did (the job's result, for listeners and tests).</summary>
/// <param name="FiredAt">When it ran, by the scheduler's clock.</param>
/// <param name="Late">It ran more than <see cref="SchedulingOptions.LateThreshold"/> after <see cref="ReminderOccurrence.FireAt"/>.</param>
public sealed record ReminderFiring(ReminderOccurrence Occurrence, Instant FiredAt, bool Late, ReminderOutcome Outcome);
