namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>How long and how large the benchmarks run; <c>--quick</c> shrinks everything for a smoke run.</summary>
public sealed record BenchSettings(bool Quick, string PostgresConnectionString)
{
    public int Rounds => Quick ? 2 : 5;

    public TimeSpan Round => Quick ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(2);

    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(2);

    /// <summary>Scales a full-run count down for a quick run.</summary>
    public int Scale(int full) => Quick ? Math.Max(1, full / 20) : full;
}
