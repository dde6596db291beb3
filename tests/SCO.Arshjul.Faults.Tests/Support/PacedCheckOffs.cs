using System.Collections.Concurrent;
using System.Diagnostics;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// API writes going on all through a fault: writers that each send the next check-off to their node, one every
/// interval (the pace shapes the load; nothing waits on it for correctness), and keep when each was sent and answered.
/// </summary>
internal sealed class PacedCheckOffs(CheckOffLoad load, IReadOnlyList<ClusterNode> nodes, IEnumerable<CheckOff> checkOffs)
{
    private readonly ConcurrentQueue<CheckOff> _queue = new(checkOffs);
    private readonly ConcurrentQueue<TimedAnswer> _answers = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The run's stopwatch.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Every answer so far, with its times.</summary>
    public IReadOnlyList<TimedAnswer> Answers => [.. _answers];

    /// <summary>Runs <paramref name="writers"/> writers (writer w on node w mod n) until <paramref name="stop"/> or no check-off is left.</summary>
    public Task RunAsync(int writers, TimeSpan interval, CancellationToken stop, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(nodes[w % nodes.Count], interval, stop, cancellationToken), cancellationToken)));

    /// <summary>Whether <paramref name="node"/> acknowledged a check-off sent after <paramref name="since"/>.</summary>
    public bool AcknowledgedSince(ClusterNode node, TimeSpan since) => _answers.Any(a => a.SentAt >= since && a.Answer.Node == node.Name && a.Answer.Acknowledged);

    private async Task WriteAsync(ClusterNode node, TimeSpan interval, CancellationToken stop, CancellationToken cancellationToken)
    {
        using var pace = new PeriodicTimer(interval);
        while (!stop.IsCancellationRequested && _queue.TryDequeue(out var checkOff))
        {
            var sentAt = Now;
            _answers.Enqueue(new TimedAnswer(sentAt, await load.SendAsync(checkOff, node, cancellationToken)));
            try
            {
                await pace.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
