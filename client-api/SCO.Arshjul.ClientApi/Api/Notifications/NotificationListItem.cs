using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Notifications;

/// <summary>
/// One notification of the outbox (Utskick) as the API and the pages list it: what it is about, who it goes to (ids and
/// names, no addresses), and its delivery state. The text itself is not shown (a sign-in link's text holds its secret).
/// </summary>
/// <param name="Kind">What it is (kallelse, påminnelse …); null when the stored payload cannot be read.</param>
/// <param name="ItemKey">The grain it is about, e.g. <c>sco/meeting/2026-12-11-styrelse</c>.</param>
/// <param name="Status"><c>pending</c>, <c>delivered</c> or <c>failed</c>.</param>
/// <param name="Attempts">Failed delivery attempts so far (0 again after a retry).</param>
/// <param name="LastError">The last attempt's error, kept after a retry.</param>
/// <param name="DueAt">When the reminder was due to fire.</param>
/// <param name="NextAttemptAt">When a pending notification is tried next.</param>
internal sealed record NotificationListItem(
    Guid Id,
    NotificationKind? Kind,
    string ItemKey,
    string? ItemTitle,
    string? Subject,
    IReadOnlyList<NotificationRecipient> Recipients,
    string Status,
    int Attempts,
    string? LastError,
    Instant? DueAt,
    Instant CreatedAt,
    Instant? ProcessedAt,
    Instant NextAttemptAt)
{
    /// <summary>The list item of an outbox row of kind <see cref="NotificationOutbox.Kind"/>.</summary>
    public static NotificationListItem From(StoredOutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Notification? notification;
        try
        {
            notification = NotificationJson.Deserialize(message.Payload);
        }
        catch (JsonException)
        {
            notification = null;
        }

        return new NotificationListItem(
            message.Id,
            notification?.Kind,
            message.Source.Key,
            notification?.ItemTitle,
            notification?.Subject,
            [.. (notification?.Recipients ?? []).Select(r => new NotificationRecipient(r.PersonId, r.Name))],
            message.Status,
            message.Attempts,
            message.LastError,
            notification?.DueAt,
            Instant.FromDateTimeOffset(message.CreatedUtc),
            message.ProcessedUtc is { } processed ? Instant.FromDateTimeOffset(processed) : null,
            Instant.FromDateTimeOffset(message.NextAttemptUtc));
    }
}
