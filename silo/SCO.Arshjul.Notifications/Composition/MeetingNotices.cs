using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// The notices that go to a meeting's attendees as one notification: the kallelse, an updated kallelse and a
/// cancellation (each with its calendar part), and the handlingar. A board meeting's kallelse and handlingar list the
/// decisions not yet återrapporterade.
/// </summary>
internal sealed class MeetingNotices(RecipientResolver recipients, OpenDecisions openDecisions, CompositionOptions options)
{
    /// <summary>The kallelse, updated kallelse or cancellation: one notification with a calendar part.</summary>
    public async Task<ComposedReminder> CalendarAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        Func<CancellationToken, Task> recordInvitationSent,
        CancellationToken cancellationToken)
    {
        var attendees = await recipients.AttendeesAsync(context.Organisation, meeting, cancellationToken);
        var (kind, method, prefix, keyPart, intro) = context.Occurrence.Kind switch
        {
            ReminderKind.Invitation => (NotificationKind.Invitation, CalendarMethod.Request, "Kallelse", "invitation", $"Kallelse till {meeting.Title}."),
            ReminderKind.InvitationUpdate => (NotificationKind.InvitationUpdate, CalendarMethod.Request, "Ändrad kallelse", "update",
                $"{meeting.Title} har fått ny tid. Den här kallelsen ersätter den tidigare."),
            _ => (NotificationKind.Cancellation, CalendarMethod.Cancel, "Inställt", "cancellation",
                $"{meeting.Title} {SwedishDates.Span(meeting.Start, meeting.End)} är inställt."),
        };
        IEnumerable<string> lines = method == CalendarMethod.Cancel
            ? [intro, $"Skäl: {meeting.CancellationReason}", string.Empty, "Mötet tas bort ur kalendern."]
            : [intro, string.Empty, .. MeetingTexts.Particulars(meeting, context.Organisation), .. await openDecisions.SectionAsync(context, meeting, cancellationToken)];
        var body = context.Body(lines, method == CalendarMethod.Cancel ? "Meddelandet" : "Kallelsen");
        var calendar = new CalendarInvite(
            $"{meeting.Key}@arshjul",
            meeting.Sequence,
            method,
            meeting.Title,
            meeting.Location,
            body,
            meeting.Start,
            meeting.End,
            options.OrganizerFor(context.Organisation),
            attendees);
        var notification = context.Notification(
            $"{meeting.Key}/{keyPart}/seq-{meeting.Sequence}",
            kind,
            meeting.Title,
            attendees,
            MeetingTexts.Subject(prefix, meeting),
            body,
            combinable: false,
            calendar);
        return ComposedReminder.Write([notification], method == CalendarMethod.Request ? recordInvitationSent : null);
    }

    /// <summary>The handlingar: one notification to every attendee, keyed by the occurrence.</summary>
    public async Task<ComposedReminder> PapersAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        Func<CancellationToken, Task> recordPapersSent,
        CancellationToken cancellationToken)
    {
        var attendees = await recipients.AttendeesAsync(context.Organisation, meeting, cancellationToken);
        IEnumerable<string> lines =
        [
            $"Handlingarna till {meeting.Title} är utskickade.",
            string.Empty,
            .. MeetingTexts.Particulars(meeting, context.Organisation),
            .. await openDecisions.SectionAsync(context, meeting, cancellationToken),
        ];
        var notification = context.Notification(
            context.Occurrence.Key,
            NotificationKind.Papers,
            meeting.Title,
            attendees,
            MeetingTexts.Subject("Handlingar", meeting),
            context.Body(lines, "Utskicket"),
            combinable: false);
        return ComposedReminder.Write([notification], recordPapersSent);
    }
}
