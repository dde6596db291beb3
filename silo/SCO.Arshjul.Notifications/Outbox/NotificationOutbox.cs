using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Outbox;

/// <summary>
/// The durable notification outbox: each notification becomes an outbox row of kind <see cref="Kind"/> keyed by its
/// idempotency key, appended without a grain state write on behalf of <c>notification:{ItemKey}</c>. The
/// <see cref="Dispatching.NotificationDispatcher"/> delivers them.
/// </summary>
public sealed class NotificationOutbox(IOutboxStore store) : INotificationOutbox
{
    /// <summary>The outbox kind of notification rows.</summary>
    public const string Kind = "notification";

    /// <summary>The grain type of the outbox rows' source: the notification's item key is its key.</summary>
    public const string SourceType = "notification";

    /// <inheritdoc />
    /// <remarks>Notifications about one item are appended in one transaction; several items, one transaction each.</remarks>
    public async Task<int> EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var appended = 0;
        foreach (var item in notifications.GroupBy(n => n.ItemKey, StringComparer.Ordinal))
        {
            IReadOnlyList<OutboxMessage> messages = [.. item.Select(n => new OutboxMessage(Kind, n.IdempotencyKey, NotificationJson.Serialize(n)))];
            appended += await store.AppendAsync(new GrainId(SourceType, item.Key), messages, cancellationToken);
        }

        return appended;
    }
}
