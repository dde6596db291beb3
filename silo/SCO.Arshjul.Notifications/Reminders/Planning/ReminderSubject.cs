using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// An item as the reminder planner sees it, whatever grain it comes from (read by <see cref="ReminderSubjectReader"/>).
/// </summary>
/// <param name="Due">The due date (Europe/Stockholm) of an item that has one; null for a meeting.</param>
/// <param name="Meeting">A meeting's times and status; null for other kinds.</param>
/// <param name="Category">A report deadline's category; null for other kinds.</param>
/// <param name="Done">Nothing more is expected (completed, checked, adopted, carried out, minutes approved).</param>
/// <param name="Cancelled">It will not happen (a cancelled meeting, an avbrutet decision).</param>
/// <param name="Created">When the item first existed (its first history entry).</param>
/// <param name="LastChanged">When it last changed (its last history entry).</param>
public sealed record ReminderSubject(
    ReminderItem Item,
    string Title,
    LocalDate? Due,
    MeetingFacts? Meeting,
    DeadlineCategory? Category,
    bool Done,
    bool Cancelled,
    Instant Created,
    Instant LastChanged);
