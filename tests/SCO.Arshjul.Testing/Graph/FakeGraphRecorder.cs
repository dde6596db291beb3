namespace SCO.Arshjul.Testing.Graph;

/// <summary>The fake server's request log: recorded requests in arrival order, requests in flight, waiters.</summary>
internal sealed class FakeGraphRecorder
{
    private readonly object _lock = new();
    private readonly List<(long Sequence, RecordedRequest Request)> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private long _sequence;
    private int _inFlight;
    private int _maxInFlight;

    public int MaxInFlight
    {
        get
        {
            lock (_lock)
            {
                return _maxInFlight;
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _requests.OrderBy(r => r.Sequence).Select(r => r.Request)];
        }
    }

    /// <summary>Counts a request in; returns its arrival number.</summary>
    public long Arrive()
    {
        lock (_lock)
        {
            _inFlight++;
            _maxInFlight = Math.Max(_maxInFlight, _inFlight);
            return ++_sequence;
        }
    }

    /// <summary>Counts a request out and records it, releasing anyone waiting for one like it.</summary>
    public void Complete(long sequence, RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> released;
        lock (_lock)
        {
            _inFlight--;
            _requests.Add((sequence, request));
            released = [.. _waiters.Where(w => w.Match(request)).Select(w => w.Done)];
            _waiters.RemoveAll(w => released.Contains(w.Done));
        }

        foreach (var done in released)
        {
            done.TrySetResult(request);
        }
    }

    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var seen = _requests.OrderBy(r => r.Sequence).Select(r => r.Request).FirstOrDefault(match);
            if (seen is not null)
            {
                return seen;
            }

            _waiters.Add((match, done));
        }

        await using var registration = cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        return await done.Task;
    }

    public void Reset()
    {
        lock (_lock)
        {
            _requests.Clear();
            _maxInFlight = _inFlight;
        }
    }
}
