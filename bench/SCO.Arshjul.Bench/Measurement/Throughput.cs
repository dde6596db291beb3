using System.Diagnostics;

namespace SCO.Arshjul.Bench.Measurement;

/// <summary>The outcome of timed rounds: operations per second per round and the latencies of every operation.</summary>
public sealed record ThroughputResult(IReadOnlyList<double> RatePerRound, Latencies Latencies)
{
    /// <summary>The median round's rate.</summary>
    public double Rate => RatePerRound.Order().ElementAt(RatePerRound.Count / 2);
}

/// <summary>
/// Runs an operation in a loop on several workers for a fixed time, after a warm-up round, in several rounds, timing
/// each operation: the rate of a round is its completed operations over its wall time. Rounds of the recorded
/// latencies hold 64 Ki entries per worker to begin with and grow.
/// </summary>
public static class Throughput
{
    /// <summary>
    /// Measures <paramref name="measured"/> and its <paramref name="baseline"/> in alternating rounds (A B, B A, …), so
    /// that a change of load on the machine during the run falls on both alike.
    /// </summary>
    /// <param name="measured">One operation of worker <c>w</c>, its <c>n</c>th; awaited before the next.</param>
    public static async Task<(ThroughputResult Measured, ThroughputResult Baseline)> CompareAsync(
        int workers, TimeSpan warmUp, TimeSpan round, int rounds, Func<int, long, ValueTask> measured, Func<int, long, ValueTask> baseline)
    {
        await RoundAsync(workers, warmUp, measured, record: false);
        await RoundAsync(workers, warmUp, baseline, record: false);
        var results = new[] { (Rates: new List<double>(), Latencies: new List<Latencies>()), (Rates: new List<double>(), Latencies: new List<Latencies>()) };
        Func<int, long, ValueTask>[] operations = [measured, baseline];
        for (var r = 0; r < rounds; r++)
        {
            foreach (var which in r % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var (rate, recorded) = await RoundAsync(workers, round, operations[which], record: true);
                results[which].Rates.Add(rate);
                results[which].Latencies.AddRange(recorded);
            }
        }

        return (new ThroughputResult(results[0].Rates, Latencies.Merge(results[0].Latencies)),
            new ThroughputResult(results[1].Rates, Latencies.Merge(results[1].Latencies)));
    }

    private static async Task<(double Rate, Latencies[] Recorded)> RoundAsync(
        int workers, TimeSpan duration, Func<int, long, ValueTask> operation, bool record)
    {
        var recorded = Enumerable.Range(0, workers).Select(_ => new Latencies(1 << 16)).ToArray();
        var counts = new long[workers];
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = recorded[w];
            long n = 0;
            while (true)
            {
                var before = Stopwatch.GetTimestamp();
                if (before >= end)
                {
                    break;
                }

                await operation(w, n++);
                if (record)
                {
                    mine.AddSince(before);
                }
            }

            counts[w] = n;
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return (counts.Sum() / elapsed, recorded);
    }
}
