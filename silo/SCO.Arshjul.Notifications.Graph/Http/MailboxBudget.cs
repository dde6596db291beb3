namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>
/// One mailbox's share of Exchange Online's limits: at most <c>maxConcurrent</c> requests in flight, and at most
/// <c>maxPerWindow</c> started in any <c>window</c> (a sliding window measured on the injected clock, so a test on a
/// manual clock sees the same limits as production). A caller waits for its turn; it is never refused.
/// </summary>
/// <remarks>
/// Hand-written because System.Threading.RateLimiting's limiters measure time with their own stopwatch and cannot run
/// on an injected <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class MailboxBudget(int maxConcurrent, int maxPerWindow, TimeSpan window, TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim _inFlight = new(maxConcurrent, maxConcurrent);
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly Queue<DateTimeOffset> _starts = new();

    /// <summary>Waits until a request may start, counts its start, and returns a lease to dispose when it has finished.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            await WaitForRateAsync(cancellationToken);
            return new Lease(_inFlight);
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inFlight.Dispose();
        _starting.Dispose();
    }

    // One caller at a time looks at the window; it sleeps (on the clock) until the oldest start leaves the window.
    private async Task WaitForRateAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = timeProvider.GetUtcNow();
                while (_starts.Count > 0 && now - _starts.Peek() >= window)
                {
                    _starts.Dequeue();
                }

                if (_starts.Count < maxPerWindow)
                {
                    _starts.Enqueue(now);
                    return;
                }

                await Task.Delay(_starts.Peek() + window - now, timeProvider, cancellationToken);
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    private sealed class Lease(SemaphoreSlim inFlight) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                inFlight.Release();
            }
        }
    }
}
