namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>An in-memory <see cref="INotificationOutbox"/> that keeps the first notification of each idempotency key.</summary>
public sealed class FakeNotificationOutbox : INotificationOutbox
{
    private readonly Dictionary<string, Notification> _byKey = new(StringComparer.Ordinal);
    private readonly List<Notification> _written = [];

    /// <summary>When set, the next enqueue writes its notifications and then throws, as if the process died after the write.</summary>
    public bool FailAfterNextWrite { get; set; }

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

    public Task<int> EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
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

        if (FailAfterNextWrite)
        {
            FailAfterNextWrite = false;
            throw new InvalidOperationException("Simulated crash after the outbox write.");
        }

        return Task.FromResult(added);
    }
}
