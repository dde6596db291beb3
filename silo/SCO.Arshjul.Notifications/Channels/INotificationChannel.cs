namespace SCO.Arshjul.Notifications.Channels;

/// <summary>
/// Delivers messages: the file outbox (<c>data/outbox/</c>, .eml + .ics) for the embedded default, Microsoft Graph
/// in production. Throws <see cref="PermanentDeliveryException"/> when retrying cannot help; any other exception is
/// retried with backoff.
/// </summary>
public interface INotificationChannel
{
    /// <summary>A short name for logs and previews, e.g. <c>file</c> or <c>graph</c>.</summary>
    string Name { get; }

    /// <summary>Where messages go, for the start-up log: a directory, a mailbox. No secrets.</summary>
    string Destination => Name;

    /// <summary>Delivers one message.</summary>
    Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}
