using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// A meeting's personal reminders, one notification per recipient: the day before (to the attendees) and the
/// approval of the minutes after it (to the ordförande and the förbundschef), and weekly while the minutes are late.
/// </summary>
internal sealed class MeetingReminders(RecipientResolver recipients)
{
    public async Task<ComposedReminder> DayBeforeAsync(ReminderContext context, MeetingSnapshot meeting, CancellationToken cancellationToken)
    {
        var attendees = await recipients.AttendeesAsync(context.Organisation, meeting, cancellationToken);
        var when = SwedishDates.Relative(SwedishDates.DaysBetween(context.Today, meeting.Start.Date));
        var subject = $"Påminnelse: {meeting.Title} {when} {SwedishDates.DateTime(meeting.Start)}";
        IEnumerable<string> lines = [$"{meeting.Title} är {when}.", string.Empty, .. MeetingTexts.Particulars(meeting, context.Organisation)];
        return ComposedReminder.Write(context.Personal(
            NotificationKind.MeetingReminder,
            meeting.Title,
            attendees,
            subject,
            context.Body(lines, "Påminnelsen")));
    }

    public async Task<ComposedReminder> MinutesAsync(ReminderContext context, MeetingSnapshot meeting, CancellationToken cancellationToken)
    {
        var approvers = await recipients.MinutesApproversAsync(context.Organisation, meeting, cancellationToken);
        var held = $"{meeting.Title} {SwedishDates.Date(meeting.Start.Date)}";
        var daysSince = SwedishDates.DaysBetween(meeting.End.Date, context.Today);
        var overdue = context.Occurrence.Kind == ReminderKind.Overdue;
        var subject = overdue
            ? $"Försenat: Protokollet från {held} är inte justerat ({SwedishDates.Days(daysSince)} efter mötet)"
            : $"Justering: Protokollet från {held} ska justeras";
        IEnumerable<string> lines =
        [
            $"Protokollet från {held} ska justeras av ordföranden och den valda justeraren och sedan registreras som justerat.",
            string.Empty,
            $"Mötet: {SwedishDates.Span(meeting.Start, meeting.End)}",
            $"Status: {SwedishLabels.Of(meeting.Status)}",
        ];
        return ComposedReminder.Write(context.Personal(
            overdue ? NotificationKind.Overdue : NotificationKind.MinutesApproval,
            meeting.Title,
            approvers,
            subject,
            context.Body(lines, "Påminnelsen")));
    }
}
