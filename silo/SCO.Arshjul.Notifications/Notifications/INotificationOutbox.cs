namespace SCO.Arshjul.Notifications;

/// <summary>The durable notification outbox (rows of kind <c>notification</c> in the grains' outbox table).</summary>
public interface INotificationOutbox
{
    /// <summary>Writes the notifications; one whose idempotency key is already there is ignored. Returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default);
}
