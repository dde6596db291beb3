using SCO.Arshjul.Grains.Notifications;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Notifications;

/// <summary>
/// The organisation's notifications in the outbox, for the API and the Utskick page alike: listing (failed first when no
/// status is asked for, then newest first) and retrying a failed one. Other outbox kinds and other organisations' rows
/// are never shown or touched.
/// </summary>
internal static class OutboxNotifications
{
    /// <summary>The most rows one listing returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Up to <paramref name="limit"/> notifications of <paramref name="organisation"/>, of one status or all (failed first).</summary>
    public static async Task<IReadOnlyList<NotificationListItem>> ListAsync(
        IOutboxStore store, string organisation, string? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = status is not null
            ? await store.ListOfOrganisationAsync(organisation, NotificationOutbox.Kind, status, limit, cancellationToken)
            : [
                .. await store.ListOfOrganisationAsync(organisation, NotificationOutbox.Kind, OutboxStatus.Failed, limit, cancellationToken),
                .. (await store.ListOfOrganisationAsync(organisation, NotificationOutbox.Kind, null, limit, cancellationToken)).Where(m => m.Status != OutboxStatus.Failed),
            ];
        return [.. rows.Where(m => Belongs(m, organisation)).Take(limit).Select(NotificationListItem.From)];
    }

    /// <summary>The notification <paramref name="id"/> of <paramref name="organisation"/>, or null.</summary>
    public static async Task<NotificationListItem?> GetAsync(IOutboxStore store, string organisation, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var message = await store.GetAsync(id, cancellationToken);
        return message is not null && Belongs(message, organisation) ? NotificationListItem.From(message) : null;
    }

    /// <summary>
    /// Makes a failed notification pending again, due now with every attempt back, and records who did it in the
    /// notification's history (<see cref="INotificationHistoryGrain"/>). Null when there is no such notification;
    /// otherwise whether it was requeued (false: it was not failed, or someone else retried it first) and how it stands afterwards.
    /// </summary>
    public static async Task<(bool Requeued, NotificationListItem Notification)?> RetryAsync(
        IOutboxStore store, IGrainFactory grains, string organisation, Guid id, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await GetAsync(store, organisation, id, cancellationToken) is not { } before)
        {
            return null;
        }

        var requeued = before.Status == OutboxStatus.Failed && await store.RequeueAsync(id, now, cancellationToken);
        if (requeued)
        {
            await HistoryOf(grains, organisation, id).RecordRetryAsync(before.Subject ?? before.ItemKey, actor, cancellationToken);
        }

        return (requeued, requeued ? (await GetAsync(store, organisation, id, cancellationToken))! : before);
    }

    /// <summary>The grain that keeps what people did to notification <paramref name="id"/>.</summary>
    public static INotificationHistoryGrain HistoryOf(IGrainFactory grains, string organisation, Guid id)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<INotificationHistoryGrain>($"{organisation}/notification/{id:D}");
    }

    /// <summary>The Swedish word for an outbox status, for messages to people.</summary>
    public static string Label(string status) => status switch
    {
        OutboxStatus.Pending => "väntar på att skickas",
        OutboxStatus.Delivered => "redan skickat",
        OutboxStatus.Failed => "misslyckat",
        _ => status,
    };

    private static bool Belongs(StoredOutboxMessage message, string organisation) =>
        message.Kind == NotificationOutbox.Kind && message.Source.OrganisationId == organisation;
}
