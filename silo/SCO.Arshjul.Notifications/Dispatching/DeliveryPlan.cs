namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>What to do with a pass's claimed notifications: deliver these messages, and hand these rows back until they are ready.</summary>
internal sealed record DeliveryPlan(IReadOnlyList<Delivery> Deliveries, IReadOnlyList<(ClaimedNotification Part, DateTimeOffset ReadyAt)> Waiting);
