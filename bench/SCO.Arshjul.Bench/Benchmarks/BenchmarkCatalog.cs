using SCO.Arshjul.Bench.Report;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>Every benchmark by its short name (for <c>--only</c>), in the order the report lists them.</summary>
public static class BenchmarkCatalog
{
    public static IReadOnlyList<(string Name, Func<BenchSettings, Task<Section>> Run)> All { get; } =
    [
        ("hot", HotCallBenchmark.RunAsync),
        ("writes", PersistedWriteBenchmark.RunAsync),
        ("reminders", Reminders.ReminderBenchmark.RunAsync),
        ("board", StatusBoard.StatusBoardBenchmark.RunAsync),
        ("memory", ActivationMemoryBenchmark.RunAsync),
        ("startup", StartupBenchmark.RunAsync),
    ];
}
