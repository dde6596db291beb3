namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// Keeps a manual clock moving while a task waits on it (the Graph channel's rate limiter sleeps on the injected
/// clock), without skewing what the fake Graph server records: the clock only moves once the server has been quiet
/// for a moment, so every request carries the clock reading at which the limiter let it go.
/// </summary>
public static class ClockPump
{
    /// <summary>Advances <paramref name="clock"/> by <paramref name="step"/> whenever <paramref name="server"/> is quiet, until <paramref name="work"/> completes.</summary>
    public static async Task RunUntilAsync(Task work, ManualTimeProvider clock, FakeGraphServer server, TimeSpan step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(server);
        var seen = -1;
        while (!work.IsCompleted)
        {
            var count = server.Requests.Count;
            if (count == seen && server.InFlight == 0)
            {
                clock.Advance(step);
            }

            seen = count;
            await Task.WhenAny(work, Task.Delay(20, cancellationToken));
        }

        await work;
    }
}
