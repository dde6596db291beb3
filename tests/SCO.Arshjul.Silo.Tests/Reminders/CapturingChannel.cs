using System.Collections.Concurrent;
using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>A delivery channel that keeps every message it is given.</summary>
internal sealed class CapturingChannel : INotificationChannel
{
    public string Name => "capture";

    public ConcurrentQueue<OutgoingMessage> Delivered { get; } = new();

    public Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Delivered.Enqueue(message);
        return Task.CompletedTask;
    }
}
