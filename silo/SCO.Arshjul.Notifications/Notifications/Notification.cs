using NodaTime;

namespace SCO.Arshjul.Notifications;

/// <summary>
/// One thing to tell people, as written to the durable outbox by a fired reminder. A reminder is personal (one
/// recipient, <see cref="Combinable"/>): the dispatcher combines a person's reminders of one day into one message. A
/// meeting invitation, update or cancellation has all attendees and a <see cref="Calendar"/> part.
/// </summary>
/// <param name="IdempotencyKey">Unique per effect, e.g. <c>sco/decision/SCÖ 2024-2.13/due-14d/anna-lindqvist</c> or
/// <c>sco/meeting/2025-03-14-styrelse/invitation/seq-0</c>: the same key written twice yields one notification.</param>
/// <param name="ItemKey">The grain the notification is about.</param>
/// <param name="DueAt">When the reminder was due to fire (UTC).</param>
/// <param name="Late">True when it fired noticeably after <paramref name="DueAt"/> (e.g. the silo was down).</param>
/// <param name="Body">Plain text, Swedish.</param>
public sealed record Notification(
    string IdempotencyKey,
    string OrganisationId,
    NotificationKind Kind,
    string ItemKey,
    string ItemTitle,
    IReadOnlyList<Recipient> Recipients,
    string Subject,
    string Body,
    Instant DueAt,
    bool Late,
    bool Combinable,
    CalendarInvite? Calendar = null);
