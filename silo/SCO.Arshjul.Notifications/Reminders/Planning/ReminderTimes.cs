using NodaTime;
using SCO.Arshjul.Grains.Calendar;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>Turns reminder dates into instants: the policy's local time, on a working day.</summary>
internal static class ReminderTimes
{
    /// <summary>
    /// <paramref name="date"/> moved to the working day on or before it, at the policy's time in its zone. Computed
    /// per date, so 09:00 is 09:00 local on either side of a daylight-saving change.
    /// </summary>
    public static Instant OnWorkingDayBefore(LocalDate date, ReminderPolicy policy) => At(WorkingDays.OnOrBefore(date), policy);

    /// <summary>
    /// For a reminder after an event on <paramref name="eventDate"/>: the working day on or before
    /// <paramref name="date"/>, unless that is not after the event, then the working day on or after it.
    /// </summary>
    public static Instant OnWorkingDayAfter(LocalDate date, LocalDate eventDate, ReminderPolicy policy)
    {
        var before = WorkingDays.OnOrBefore(date);
        return At(before > eventDate ? before : WorkingDays.OnOrAfter(date), policy);
    }

    /// <summary>The policy's local time on <paramref name="date"/>; a time in a spring gap means the first instant after it.</summary>
    public static Instant At(LocalDate date, ReminderPolicy policy) =>
        policy.Zone.AtLeniently(date.At(policy.At)).ToInstant();
}
