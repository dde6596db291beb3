namespace SCO.Arshjul.Notifications.Reminders.Policy;

/// <summary>
/// When to remind about an item with a due date (a decision, a control, a SAM task, a report deadline): some days
/// before, on the day, and weekly while it is overdue.
/// </summary>
/// <param name="DaysBefore">Days before the due date, each ≥ 1 (e.g. 14 and 3). Empty for none.</param>
/// <param name="OnTheDay">Also remind on the due date itself.</param>
/// <param name="WeeklyWhileOverdue">Remind every 7 days after the due date (due + 7, + 14 …) while the item is not done.</param>
public sealed record DueReminderPolicy(IReadOnlyList<int> DaysBefore, bool OnTheDay, bool WeeklyWhileOverdue)
{
    /// <summary>14 and 3 days before, on the day, weekly while overdue.</summary>
    public static DueReminderPolicy Default { get; } = new([14, 3], OnTheDay: true, WeeklyWhileOverdue: true);

    /// <summary>The offsets in days before the due date, largest first; 0 stands for the day itself.</summary>
    public IReadOnlyList<int> Offsets =>
        [.. DaysBefore.Concat(OnTheDay ? [0] : []).Distinct().OrderDescending()];
}
