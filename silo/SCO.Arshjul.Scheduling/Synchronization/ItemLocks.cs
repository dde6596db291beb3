using System.Collections.Concurrent;

namespace SCO.Arshjul.Scheduling.Synchronization;

/// <summary>
/// One async lock per item id, so that two syncs of one item in this process (a change and a firing overdue reminder)
/// run one after the other. Nodes of a cluster are kept apart by Quartz's own database locks per call.
/// </summary>
internal sealed class ItemLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Waits for the item's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string itemId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(itemId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
