using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// The notices that go to a meeting's attendees as one notification: the kallelse, an updated kallelse (after a move
/// or a change in who is called) and a cancellation (each with its calendar part), and the handlingar. A board
/// meeting's kallelse and handlingar list the decisions not yet återrapporterade.
/// </summary>
internal sealed class MeetingNotices(RecipientResolver recipients, OpenDecisions openDecisions, CompositionOptions options)
{
    private const string UpdatePrefix = "Ändrad kallelse";

    /// <summary>
    /// The kallelse, updated kallelse or cancellation: one notification with a calendar part. A kallelse or updated
    /// kallelse, once written, records who it went to and that it was sent (<paramref name="recordInvitation"/>).
    /// </summary>
    public async Task<ComposedReminder> CalendarAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        Func<IReadOnlyList<Recipient>, CancellationToken, Task> recordInvitation,
        CancellationToken cancellationToken)
    {
        var attendees = await recipients.AttendeesAsync(context.Organisation, meeting, cancellationToken);
        var (kind, method, prefix, keyPart, intro) = context.Occurrence.Kind switch
        {
            ReminderKind.Invitation => (NotificationKind.Invitation, CalendarMethod.Request, "Kallelse", "invitation", $"Kallelse till {meeting.Title}."),
            ReminderKind.InvitationUpdate => (NotificationKind.InvitationUpdate, CalendarMethod.Request, UpdatePrefix, "update",
                $"{meeting.Title} har fått ny tid. Den här kallelsen ersätter den tidigare."),
            _ => (NotificationKind.Cancellation, CalendarMethod.Cancel, "Inställt", "cancellation",
                $"{meeting.Title} {SwedishDates.Span(meeting.Start, meeting.End)} är inställt."),
        };
        var body = method == CalendarMethod.Cancel
            ? context.Body([intro, $"Skäl: {meeting.CancellationReason}", string.Empty, "Mötet tas bort ur kalendern."], "Meddelandet")
            : await BodyAsync(context, meeting, [intro], "Kallelsen", cancellationToken);
        var notification = Calendar(context, meeting, kind, method, $"{meeting.Key}/{keyPart}/seq-{meeting.Sequence}", prefix, body, attendees);
        return ComposedReminder.Write([notification], method == CalendarMethod.Request ? ct => recordInvitation(attendees, ct) : null);
    }

    /// <summary>
    /// An updated kallelse after the list of kallade changed: the meeting as it stands (current sequence, calendar
    /// REQUEST) to all of <paramref name="attendees"/>, keyed by the occurrence of <paramref name="context"/>;
    /// <paramref name="changes"/> say who was added, removed or changed.
    /// </summary>
    public async Task<Notification> AttendeesChangedAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        IReadOnlyList<Recipient> attendees,
        IReadOnlyList<string> changes,
        CancellationToken cancellationToken)
    {
        var intro = $"Listan över kallade till {meeting.Title} har ändrats. Den här kallelsen ersätter den tidigare.";
        IEnumerable<string> lead = changes.Count == 0 ? [intro] : [intro, string.Empty, .. changes];
        var body = await BodyAsync(context, meeting, lead, "Kallelsen", cancellationToken);
        return Calendar(context, meeting, NotificationKind.InvitationUpdate, CalendarMethod.Request, context.Occurrence.Key, UpdatePrefix, body, attendees);
    }

    /// <summary>The handlingar: one notification to every attendee, keyed by the occurrence.</summary>
    public async Task<ComposedReminder> PapersAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        Func<CancellationToken, Task> recordPapersSent,
        CancellationToken cancellationToken)
    {
        var attendees = await recipients.AttendeesAsync(context.Organisation, meeting, cancellationToken);
        var notification = context.Notification(
            context.Occurrence.Key,
            NotificationKind.Papers,
            meeting.Title,
            attendees,
            MeetingTexts.Subject("Handlingar", meeting),
            await BodyAsync(context, meeting, [$"Handlingarna till {meeting.Title} är utskickade."], "Utskicket", cancellationToken),
            combinable: false);
        return ComposedReminder.Write([notification], recordPapersSent);
    }

    /// <summary>
    /// The body of a kallelse or handlingar: <paramref name="lead"/>, then time, place, who is called, the agenda and the
    /// open decisions; <paramref name="what"/> names the message in a late note.
    /// </summary>
    private async Task<string> BodyAsync(
        ReminderContext context,
        MeetingSnapshot meeting,
        IEnumerable<string> lead,
        string what,
        CancellationToken cancellationToken)
    {
        IEnumerable<string> lines =
        [
            .. lead,
            string.Empty,
            .. MeetingTexts.Particulars(meeting, context.Organisation),
            .. await openDecisions.SectionAsync(context, meeting, cancellationToken),
        ];
        return context.Body(lines, what);
    }

    /// <summary>The notification of the meeting as it stands, with its calendar part (UID stable per meeting, current sequence).</summary>
    private Notification Calendar(
        ReminderContext context,
        MeetingSnapshot meeting,
        NotificationKind kind,
        CalendarMethod method,
        string idempotencyKey,
        string subjectPrefix,
        string body,
        IReadOnlyList<Recipient> attendees)
    {
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
        return context.Notification(idempotencyKey, kind, meeting.Title, attendees, MeetingTexts.Subject(subjectPrefix, meeting), body, combinable: false, calendar);
    }
}
