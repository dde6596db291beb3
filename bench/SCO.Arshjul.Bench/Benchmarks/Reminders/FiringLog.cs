using System.Collections.Concurrent;
using SCO.Arshjul.Bench.Measurement;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>When each bench job fired against when it was due; completes <see cref="AllFired"/> at the expected count.</summary>
public sealed class FiringLog(int expected)
{
    private readonly ConcurrentQueue<double> _lateness = new();
    private readonly TaskCompletionSource _allFired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public Task AllFired => _allFired.Task;

    /// <summary>Records a firing <paramref name="firedAt"/> of something due at <paramref name="dueAt"/>.</summary>
    public void Record(DateTimeOffset dueAt, DateTimeOffset firedAt)
    {
        _lateness.Enqueue((firedAt - dueAt).TotalSeconds);
        if (Interlocked.Increment(ref _count) == expected)
        {
            _allFired.TrySetResult();
        }
    }

    /// <summary>How late each firing was (early ones count as 0).</summary>
    public Latencies Lateness()
    {
        var latencies = new Latencies(_lateness.Count);
        foreach (var seconds in _lateness)
        {
            latencies.Add((long)(Math.Max(0, seconds) * System.Diagnostics.Stopwatch.Frequency));
        }

        return latencies;
    }
}
