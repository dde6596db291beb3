using System.Diagnostics;
using SCO.Arshjul.Bench.Benchmarks;
using SCO.Arshjul.Bench.Report;

namespace SCO.Arshjul.Bench;

/// <summary>
/// <c>bench [--quick] [--out BENCHMARKS.md] [--only hot,writes,…]</c>: runs the benchmarks and writes the report. Not a
/// top-level program, so that <c>Program</c> stays the web app's (for WebApplicationFactory).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var output = ArgumentAfter(args, "--out") ?? "BENCHMARKS.md";
        var only = ArgumentAfter(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var postgres = Environment.GetEnvironmentVariable("ARSHJUL_TEST_POSTGRES") ?? SCO.Arshjul.Testing.PostgresServer.DefaultConnectionString;
        var settings = new BenchSettings(quick, postgres);

        var machine = MachineInfo.Read();
        var date = TimeProvider.System.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var sections = new List<Section>();
        foreach (var (name, run) in BenchmarkCatalog.All)
        {
            if (only is not null && !only.Contains(name))
            {
                continue;
            }

            Console.Error.WriteLine($"bench: {name} …");
            var sectionStart = Stopwatch.GetTimestamp();
            var section = await run(settings);
            sections.Add(section);
            Console.Error.WriteLine($"bench: {name} done in {Fmt.Time(Stopwatch.GetElapsedTime(sectionStart))}");
            foreach (var figure in section.Figures)
            {
                Console.Error.WriteLine($"  {figure.Name}: {figure.Measured} (baseline {figure.Baseline}) {figure.Target?.Verdict}");
            }
        }

        var report = MarkdownReport.Render(machine, date, MachineInfo.LoadAverage(), Stopwatch.GetElapsedTime(started), quick, sections);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"bench: wrote {Path.GetFullPath(output)}");
        return 0;
    }

    static string? ArgumentAfter(string[] args, string flag)
    {
        var index = Array.IndexOf(args, flag);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
