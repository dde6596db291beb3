using Quartz;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>A reminder trigger Quartz holds, with the occurrence it carries.</summary>
public sealed record ScheduledTrigger(ITrigger Trigger, ReminderOccurrence Occurrence);
