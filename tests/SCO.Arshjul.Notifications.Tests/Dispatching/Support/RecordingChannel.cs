using System.Collections.Concurrent;
using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Notifications.Tests.Dispatching.Support;

/// <summary>A channel that records what it delivers; <see cref="Behaviour"/> may fail an attempt (1 = the first) by throwing.</summary>
internal sealed class RecordingChannel : INotificationChannel
{
    private int _attempts;

    public string Name => "recording";

    /// <summary>Called before each attempt with the attempt number; throw to fail it.</summary>
    public Func<OutgoingMessage, int, Task> Behaviour { get; set; } = (_, _) => Task.CompletedTask;

    public ConcurrentQueue<OutgoingMessage> Delivered { get; } = new();

    public int Attempts => _attempts;

    public async Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        await Behaviour(message, Interlocked.Increment(ref _attempts));
        Delivered.Enqueue(message);
    }
}
