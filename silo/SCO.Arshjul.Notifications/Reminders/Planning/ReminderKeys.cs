using NodaTime;
using NodaTime.Text;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// The stable keys of <see cref="ReminderOccurrence"/>: the item's <see cref="ReminderItem.Id"/> and what the reminder
/// is, e.g. <c>sco/decision/SCÖ 2024-2.13/due-14d</c> or <c>sco/meeting/2025-03-14-styrelse/update/seq-2</c>.
/// </summary>
public static class ReminderKeys
{
    /// <summary><c>{item}/invitation</c>.</summary>
    public static string Invitation(ReminderItem item) => $"{item.Id}/invitation";

    /// <summary><c>{item}/papers</c>.</summary>
    public static string Papers(ReminderItem item) => $"{item.Id}/papers";

    /// <summary><c>{item}/day-before</c>.</summary>
    public static string DayBefore(ReminderItem item) => $"{item.Id}/day-before";

    /// <summary><c>{item}/minutes-approval</c>.</summary>
    public static string MinutesApproval(ReminderItem item) => $"{item.Id}/minutes-approval";

    /// <summary><c>{item}/update/seq-{sequence}</c>.</summary>
    public static string InvitationUpdate(ReminderItem item, int sequence) => $"{item.Id}/update/seq-{sequence}";

    /// <summary><c>{item}/cancellation/seq-{sequence}</c>.</summary>
    public static string Cancellation(ReminderItem item, int sequence) => $"{item.Id}/cancellation/seq-{sequence}";

    /// <summary><c>{item}/due-{days}d</c>; <c>due-0d</c> is the due date itself.</summary>
    public static string DueBefore(ReminderItem item, int daysBefore) => $"{item.Id}/due-{daysBefore}d";

    /// <summary><c>{item}/overdue/{yyyy-MM-dd}</c>, the slot's date before any working-day shift.</summary>
    public static string Overdue(ReminderItem item, LocalDate slot) => $"{item.Id}/overdue/{LocalDatePattern.Iso.Format(slot)}";
}
