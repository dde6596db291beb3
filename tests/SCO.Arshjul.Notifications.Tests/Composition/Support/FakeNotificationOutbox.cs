namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>An in-memory <see cref="INotificationOutbox"/> that keeps the first notification of each idempotency key.</summary>
public sealed class FakeNotificationOutbox : INotificationOutbox
{
    private readonly Dictionary<string, Notification> _byKey = new(StringComparer.Ordinal);
    private readonly List<Notification> _written = [];

    /// <summary>
    /// Runs once, after the next enqueue has written its notifications: to simulate a crash right after the write (throw)
    /// or someone acting meanwhile.
    /// </summary>
    public Func<Task>? AfterNextWrite { get; set; }

    /// <summary>Every notification written, in order.</summary>
    public IReadOnlyList<Notification> Written
    {
        get
        {
            lock (_byKey)
            {
                return [.. _written];
            }
        }
    }

    public async Task<int> EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        var added = 0;
        lock (_byKey)
        {
            foreach (var notification in notifications.Where(n => _byKey.TryAdd(n.IdempotencyKey, n)))
            {
                _written.Add(notification);
                added++;
            }
        }

        if (AfterNextWrite is { } after)
        {
            AfterNextWrite = null;
            await after();
        }

        return added;
    }
}
