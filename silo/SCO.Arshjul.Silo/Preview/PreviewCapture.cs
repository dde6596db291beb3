using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>What a preview's silo delivered in the period, before it is shaped into a <see cref="PreviewResult"/>.</summary>
/// <param name="Notifications">The notifications due in the period, by due time, kind, item and idempotency key.</param>
/// <param name="Messages">How many messages carried them.</param>
/// <param name="StatesRead">How many grain states were read from the real storage.</param>
internal sealed record PreviewCapture(IReadOnlyList<Notification> Notifications, int Messages, PreviewDelivery Delivery, int StatesRead);
