using NodaTime;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// The reminders of an item with a due date: N days before and on the day (one a day: when two offsets land on the
/// same working day, the smaller is kept), and the next weekly overdue slot after now.
/// </summary>
internal static class DueReminderRules
{
    public static IEnumerable<ReminderOccurrence> Plan(ReminderSubject subject, LocalDate due, DueReminderPolicy rules, ReminderPolicy policy, Instant now)
    {
        var item = subject.Item;
        var before = rules.Offsets
            .Select(days => (Days: days, FireAt: ReminderTimes.OnWorkingDayBefore(due.PlusDays(-days), policy)))
            .GroupBy(o => o.FireAt)
            .Select(sameDay => sameDay.MinBy(o => o.Days));
        foreach (var (days, fireAt) in before)
        {
            yield return new ReminderOccurrence(
                ReminderKeys.DueBefore(item, days), item.OrganisationId, item.ItemKey, item.Kind, item.SubItemId, ReminderKind.DueBefore, days, fireAt);
        }

        if (rules.WeeklyWhileOverdue)
        {
            var (slot, fireAt) = NextOverdueSlot(due, policy, now);
            yield return new ReminderOccurrence(
                ReminderKeys.Overdue(item, slot), item.OrganisationId, item.ItemKey, item.Kind, item.SubItemId, ReminderKind.Overdue, null, fireAt);
        }
    }

    /// <summary>The first slot due + 7·k (k ≥ 1, moved to a working day) that fires after <paramref name="now"/>.</summary>
    internal static (LocalDate Slot, Instant FireAt) NextOverdueSlot(LocalDate due, ReminderPolicy policy, Instant now)
    {
        var today = now.InZone(policy.Zone).Date;
        var weeks = Math.Max(1, Period.Between(due, today, PeriodUnits.Days).Days / 7);
        while (true)
        {
            var slot = due.PlusDays(7 * weeks);
            var fireAt = ReminderTimes.OnWorkingDayBefore(slot, policy);
            if (fireAt > now)
            {
                return (slot, fireAt);
            }

            weeks++;
        }
    }
}
