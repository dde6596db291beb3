using System.Diagnostics;

namespace SCO.Arshjul.Bench.Measurement;

/// <summary>Recorded latencies (Stopwatch ticks) of one operation, with percentiles by nearest rank.</summary>
public sealed class Latencies
{
    private long[] _ticks;
    private int _count;

    public Latencies(int capacity = 1024) => _ticks = new long[Math.Max(16, capacity)];

    public int Count => _count;

    /// <summary>Adds one latency; not thread-safe (one recorder per worker, then <see cref="Merge"/>).</summary>
    public void Add(long ticks)
    {
        if (_count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _ticks.Length * 2);
        }

        _ticks[_count++] = ticks;
    }

    public void AddSince(long startTimestamp) => Add(Stopwatch.GetTimestamp() - startTimestamp);

    public static Latencies Merge(IEnumerable<Latencies> parts)
    {
        var all = parts.ToList();
        var merged = new Latencies(all.Sum(p => p.Count));
        foreach (var part in all)
        {
            Array.Copy(part._ticks, 0, merged._ticks, merged._count, part._count);
            merged._count += part._count;
        }

        return merged;
    }

    /// <summary>The <paramref name="percentile"/>th percentile (0–100) by nearest rank, in seconds (finer than a TimeSpan's 100 ns).</summary>
    public double Seconds(double percentile)
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("No latencies were recorded.");
        }

        Array.Sort(_ticks, 0, _count);
        var rank = (int)Math.Ceiling(percentile / 100.0 * _count);
        return _ticks[Math.Clamp(rank, 1, _count) - 1] / (double)Stopwatch.Frequency;
    }
}
