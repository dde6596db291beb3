namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>Counts events that happen on Quartz's threads, and lets a test wait (in real time, at most 30 s) for them.</summary>
internal sealed class Arrivals
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _count;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Arrive()
    {
        lock (_lock)
        {
            _count++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Returns once <paramref name="count"/> events have happened; else throws what <paramref name="describe"/> says.</summary>
    public async Task WaitForAsync(int count, Func<string> describe)
    {
        TaskCompletionSource reached;
        lock (_lock)
        {
            if (_count >= count)
            {
                return;
            }

            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
        }

        try
        {
            await reached.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"expected {count}: {describe()}");
        }
    }
}
