using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>The personal reminders of a due date: ahead of it (<see cref="ReminderKind.DueBefore"/>) and after it (<see cref="ReminderKind.Overdue"/>).</summary>
internal static class DueReminders
{
    /// <summary>One notification per recipient about <paramref name="item"/>, or why none applies.</summary>
    public static ComposedReminder Compose(ReminderContext context, DueItem item, IReadOnlyList<Recipient> recipients)
    {
        var kind = context.Occurrence.Kind;
        var daysLate = SwedishDates.DaysBetween(item.Due, context.Today);
        if (kind == ReminderKind.Overdue && daysLate <= 0)
        {
            return ComposedReminder.Skip($"not overdue: due {item.Due:yyyy-MM-dd}");
        }

        var due = SwedishDates.Date(item.Due);
        var (notificationKind, subject, when) = kind switch
        {
            ReminderKind.DueBefore => (
                NotificationKind.DueReminder,
                $"Påminnelse: {item.Label} ska vara {item.Done} senast {due} ({SwedishDates.Relative(-daysLate)})",
                $"Ska vara {item.Done} senast: {due} ({SwedishDates.Relative(-daysLate)})"),
            ReminderKind.Overdue => (
                NotificationKind.Overdue,
                $"Försenat: {item.Label} skulle ha varit {item.Done} senast {due} ({SwedishDates.Days(daysLate)} sent)",
                $"Skulle ha varit {item.Done} senast: {due} – försenat {SwedishDates.Days(daysLate)}"),
            _ => default,
        };
        if (subject is null)
        {
            return ComposedReminder.Skip($"{kind} reminders do not apply to {context.Occurrence.ItemKind} items");
        }

        string?[] lines =
        [
            item.Heading,
            string.Empty,
            when,
            $"Status: {item.Status}",
            item.ResponsibleName is null ? null : $"Ansvarig: {item.ResponsibleName}",
            .. item.Details,
        ];
        var body = context.Body(lines.OfType<string>(), "Påminnelsen");
        return ComposedReminder.Write(context.Personal(notificationKind, item.ItemTitle, recipients, subject, body));
    }
}
