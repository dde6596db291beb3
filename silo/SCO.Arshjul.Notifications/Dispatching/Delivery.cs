using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>One message for the channel and the claimed rows its outcome settles (one, or a person's combined reminders).</summary>
internal sealed record Delivery(OutgoingMessage Message, IReadOnlyList<ClaimedNotification> Parts);
