namespace SCO.Arshjul.Notifications.Channels;

/// <summary>
/// A message as a channel delivers it: one notification, or a person's combined reminders of one day
/// (<see cref="Parts"/> then has several, and <see cref="Subject"/> and <see cref="Body"/> name them all).
/// </summary>
/// <param name="MessageId">Stable across retries (derived from the parts' idempotency keys).</param>
public sealed record OutgoingMessage(
    string MessageId,
    IReadOnlyList<Recipient> To,
    string Subject,
    string Body,
    CalendarInvite? Calendar,
    IReadOnlyList<Notification> Parts);
