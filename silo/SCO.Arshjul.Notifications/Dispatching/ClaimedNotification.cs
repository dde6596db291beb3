using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>A claimed outbox row and the notification read from it.</summary>
internal sealed record ClaimedNotification(StoredOutboxMessage Row, Notification Notification);
