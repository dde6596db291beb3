using NodaTime;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>One fired reminder being composed: the occurrence, when it fired, and the organisation's roster.</summary>
/// <param name="Late">Fired more than the late threshold after <see cref="ReminderOccurrence.FireAt"/>.</param>
/// <param name="ItemLink">The item's page in the web UI, or null when no web address is configured.</param>
internal sealed record ReminderContext(ReminderOccurrence Occurrence, Instant FiredAt, bool Late, OrganisationDefinition Organisation, Uri? ItemLink = null)
{
    /// <summary>The day the reminder fired, in Stockholm: what "in 14 days" and "3 days late" count from.</summary>
    public LocalDate Today => SwedishDates.DateOf(FiredAt);

    /// <summary>"… skickas sent: …" when <see cref="Late"/>, else null.</summary>
    /// <param name="what">What is sent, e.g. "Påminnelsen" or "Kallelsen".</param>
    public string? LateNote(string what) =>
        Late ? $"{what} skickas sent (planerat utskick: {SwedishDates.DateTime(SwedishDates.Local(Occurrence.FireAt))})." : null;

    /// <summary>
    /// The body text: <paramref name="lines"/>, then the late note about <paramref name="what"/> if the reminder is
    /// late, then the link to the item in the web UI if there is one.
    /// </summary>
    public string Body(IEnumerable<string> lines, string what)
    {
        IEnumerable<string> body = LateNote(what) is { } note ? [.. lines, string.Empty, note] : lines;
        return string.Join('\n', ItemLink is { } link ? [.. body, string.Empty, $"Öppna i SCO.Arshjul: {link.AbsoluteUri}"] : body);
    }

    /// <summary>A notification of this reminder.</summary>
    public Notification Notification(
        string idempotencyKey,
        NotificationKind kind,
        string itemTitle,
        IReadOnlyList<Recipient> recipients,
        string subject,
        string body,
        bool combinable,
        CalendarInvite? calendar = null) =>
        new(
            idempotencyKey,
            Occurrence.OrganisationId,
            kind,
            Occurrence.ItemKey,
            itemTitle,
            recipients,
            subject,
            body,
            Occurrence.FireAt,
            Late,
            combinable,
            calendar);

    /// <summary>
    /// One personal, combinable notification per recipient, keyed <c>{occurrence key}/{person id}</c>, so the dispatcher can
    /// combine a person's reminders of one day.
    /// </summary>
    public IReadOnlyList<Notification> Personal(
        NotificationKind kind,
        string itemTitle,
        IReadOnlyList<Recipient> recipients,
        string subject,
        string body) =>
        [.. recipients.Select(r => Notification($"{Occurrence.Key}/{r.PersonId}", kind, itemTitle, [r], subject, body, combinable: true))];
}
