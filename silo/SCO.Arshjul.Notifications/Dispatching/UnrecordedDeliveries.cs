using System.Collections.Concurrent;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>
/// Notifications the channel delivered whose delivery could not be recorded, because the outbox's database went away
/// just then. The dispatcher records them before it claims anything else: left alone, their lease would run out and
/// they would be claimed and sent again, perhaps combined with other reminders into a message with another id, which no
/// channel could recognise as a repeat.
/// </summary>
internal sealed class UnrecordedDeliveries
{
    private readonly ConcurrentQueue<(Guid Id, DateTimeOffset DeliveredAt)> _pending = new();

    public int Count => _pending.Count;

    public void Add(IEnumerable<Guid> ids, DateTimeOffset deliveredAt)
    {
        foreach (var id in ids)
        {
            _pending.Enqueue((id, deliveredAt));
        }
    }

    /// <summary>Records each as delivered, oldest first; throws (keeping the rest) while the store still fails.</summary>
    public async Task RecordAsync(IOutboxStore store)
    {
        while (_pending.TryPeek(out var next))
        {
            await store.MarkProcessedAsync(next.Id, next.DeliveredAt, CancellationToken.None);
            _pending.TryDequeue(out _);
        }
    }
}
