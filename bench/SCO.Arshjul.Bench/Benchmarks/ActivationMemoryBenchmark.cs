using System.Collections.Concurrent;
using SCO.Arshjul.Bench.Grains;
using SCO.Arshjul.Bench.Report;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>Memory held per idle activation of a persisted grain, 100,000 of them, beside the same states in a plain dictionary.</summary>
public static class ActivationMemoryBenchmark
{
    public static async Task<Section> RunAsync(BenchSettings settings)
    {
        var count = settings.Scale(100_000);
        var keys = Enumerable.Range(0, count).Select(i => $"bench/payload/idle-{i}").ToArray();

        long perActivation;
        await using (var silo = await BenchSilo.StartAsync())
        {
            var before = Settled();
            for (var start = 0; start < count; start += 1000)
            {
                await Task.WhenAll(keys.Skip(start).Take(1000).Select(k => silo.GrainFactory.GetGrain<IPayloadGrain>(k).CountWritesAsync()));
            }

            var after = Settled();
            if (silo.Silo.ActivationCount != count)
            {
                throw new InvalidOperationException($"{silo.Silo.ActivationCount} activations, expected {count}.");
            }

            perActivation = (after - before) / count;
        }

        var before2 = Settled();
        var plain = new ConcurrentDictionary<string, PayloadState>();
        foreach (var key in keys)
        {
            plain[key] = new PayloadState();
        }

        var plainPerEntry = (Settled() - before2) / count;
        GC.KeepAlive(plain);

        var total = perActivation * 100_000.0;
        var target = Target.AtMost("Memory of 100,000 idle activations", 1L << 30, Fmt.Bytes);
        return new Section(
            "Memory per idle activation",
            $"{Fmt.Count(count)} grains with persisted state (in-memory storage, empty state) activated by one read each and left idle; "
            + "managed heap after a full, compacting collection, before and after, divided by their number (the key strings exist "
            + "before either measurement, so neither counts them). Baseline: the same states under the same keys in a plain `ConcurrentDictionary`.",
            [
                new("Bytes per idle activation", Fmt.Bytes(perActivation), $"{Fmt.Bytes(plainPerEntry)} (a dictionary entry)"),
                new("100,000 idle activations", Fmt.Bytes(total), Fmt.Bytes(plainPerEntry * 100_000.0), target.Check(total)),
            ],
            []);
    }

    private static long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
