using System.Collections.Concurrent;
using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// The preview silo's delivery channel: keeps every message the dispatcher hands it and sends nothing. It stands in
/// for the channel the configuration names (the file outbox or Microsoft Graph, built by the live registration as
/// <paramref name="configured"/> but never asked to deliver), whose <see cref="INotificationChannel.Name"/> and
/// <see cref="INotificationChannel.Destination"/> it reports as the channel each notification would use.
/// </summary>
internal sealed class PreviewChannel(Lazy<INotificationChannel> configured) : INotificationChannel
{
    /// <summary>The configured channel's name, e.g. <c>file</c> or <c>graph</c>.</summary>
    public string Name => configured.Value.Name;

    /// <summary>Where the configured channel would deliver (a directory, a mailbox).</summary>
    public string Destination => configured.Value.Destination;

    /// <summary>Every message delivered, in delivery order.</summary>
    public ConcurrentQueue<OutgoingMessage> Delivered { get; } = new();

    /// <inheritdoc />
    public Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Delivered.Enqueue(message);
        return Task.CompletedTask;
    }
}
