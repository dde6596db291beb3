using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// Where a <see cref="ClockPump"/> may move the clock while the Graph channel delivers: to the end of the pending rate
/// limit wait, and only when that wait is all there is — no request on the wire and none started since the last poll.
/// The clock then never moves while a request travels, so the fake server dates each request when the limiter let it go.
/// </summary>
internal sealed class RateWaitGate(WaitWatchingClock clock, HttpRequestsInFlight wire)
{
    private (DateTimeOffset Due, long Started)? _last;
    private int _moves;

    /// <summary>How often the gate has let the clock move: the waits the rate limit made.</summary>
    public int Moves => Volatile.Read(ref _moves);

    public DateTimeOffset? Next()
    {
        (DateTimeOffset Due, long Started)? now = clock.EarliestWaitEnd is { } due && wire.Active == 0 ? (due, wire.Started) : null;
        var steady = now is not null && now == _last;
        _last = now;
        if (!steady)
        {
            return null;
        }

        Interlocked.Increment(ref _moves);
        return now!.Value.Due;
    }
}
