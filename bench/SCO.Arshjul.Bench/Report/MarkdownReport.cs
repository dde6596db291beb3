using System.Text;

namespace SCO.Arshjul.Bench.Report;

/// <summary>Writes BENCHMARKS.md: the machine, the date, the targets summary, then one table per benchmark.</summary>
public static class MarkdownReport
{
    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    public static string Render(MachineInfo machine, DateTimeOffset date, string loadAtEnd, TimeSpan duration, bool quick, IReadOnlyList<Section> sections)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks").AppendLine();
        text.AppendLine("Written by `bash scripts/bench.sh` (the `bench/SCO.Arshjul.Bench` project, Release). Every figure stands beside a "
            + "baseline measured in the same run on the same machine.");
        if (quick)
        {
            text.AppendLine().AppendLine("**Quick run (`--quick`): sizes and durations are cut down; these figures are a smoke test, not a measurement.**");
        }

        text.AppendLine().AppendLine("## Machine").AppendLine();
        text.AppendLine("| | |").AppendLine("|---|---|");
        text.AppendLine(Invariant, $"| date | {date:yyyy-MM-dd HH:mm} UTC (run took {Fmt.Time(duration)}) |");
        text.AppendLine(Invariant, $"| CPU | {machine.Cpu}, {machine.Cores} cores |");
        text.AppendLine(Invariant, $"| memory | {machine.Memory} |");
        text.AppendLine(Invariant, $"| OS | {machine.OperatingSystem} |");
        text.AppendLine(Invariant, $"| .NET | {machine.Runtime} |");
        text.AppendLine("| PostgreSQL | the test server of `scripts/postgres.sh` on 127.0.0.1, fsync off (commits do not wait for the disk) |");
        text.AppendLine("| SQLite | a temp file on the local disk, WAL, the library's default synchronous mode (each commit waits for the disk) |");
        text.AppendLine(Invariant, $"| load average (1 min) at start / end | {machine.Load} / {loadAtEnd} (the cores are shared with other work) |");

        text.AppendLine().AppendLine("## Targets").AppendLine();
        text.AppendLine("| target | goal | measured | verdict |").AppendLine("|---|---|---|---|");
        foreach (var check in sections.SelectMany(s => s.Targets))
        {
            text.AppendLine(Invariant, $"| {check.Name} | {check.Goal} | {check.Measured} | {check.Verdict} |");
        }

        foreach (var section in sections)
        {
            text.AppendLine().AppendLine(Invariant, $"## {section.Title}").AppendLine();
            text.AppendLine(section.Method).AppendLine();
            text.AppendLine("| figure | measured | baseline (same run) | target |").AppendLine("|---|---|---|---|");
            foreach (var figure in section.Figures)
            {
                var target = figure.Target is { } t ? $"{t.Goal}: {t.Verdict}" : "";
                text.AppendLine(Invariant, $"| {figure.Name} | {figure.Measured} | {figure.Baseline} | {target} |");
            }

            foreach (var note in section.Notes)
            {
                text.AppendLine().AppendLine(note);
            }
        }

        return text.ToString();
    }
}
