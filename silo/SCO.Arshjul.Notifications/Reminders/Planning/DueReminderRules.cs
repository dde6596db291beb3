using NodaTime;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// The reminders of an item with a due date: N days before and on the day (one a day: when two offsets land on the
/// same working day, the smaller is kept), and the next weekly overdue slot after now — unless the item was born
/// overdue: created after its due date had passed (a wheel first generated in the middle of its year, a register of
/// past decisions brought in). Such an item is shown as overdue on the status board, but nobody is reminded of it every
/// week; otherwise the first start would send a weekly flood about everything that fell due before it.
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

        if (rules.WeeklyWhileOverdue && !BornOverdue(subject, due, policy))
        {
            var (slot, fireAt) = NextOverdueSlot(due, policy, now);
            yield return new ReminderOccurrence(
                ReminderKeys.Overdue(item, slot), item.OrganisationId, item.ItemKey, item.Kind, item.SubItemId, ReminderKind.Overdue, null, fireAt);
        }
    }

    /// <summary>The item came to exist (Stockholm date) after its due date.</summary>
    internal static bool BornOverdue(ReminderSubject subject, LocalDate due, ReminderPolicy policy) =>
        subject.Created.InZone(policy.Zone).Date > due;

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
