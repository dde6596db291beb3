namespace SCO.Arshjul.Bench.Report;

/// <summary>One row of a benchmark's table: the figure, its baseline from the same run, and the target if there is one.</summary>
public sealed record Figure(string Name, string Measured, string Baseline, TargetCheck? Target = null);

/// <summary>One benchmark's part of BENCHMARKS.md: how it was measured, its figures, notes (e.g. why a target is missed).</summary>
public sealed record Section(string Title, string Method, IReadOnlyList<Figure> Figures, IReadOnlyList<string> Notes)
{
    public IEnumerable<TargetCheck> Targets => Figures.Where(f => f.Target is not null).Select(f => f.Target!);
}
