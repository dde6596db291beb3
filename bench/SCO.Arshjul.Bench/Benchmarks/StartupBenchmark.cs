using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Bench.Report;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>
/// Start-up of the silo as <c>arshjul run</c> starts it (configuration, host, rosters and wheels, Quartz reconciled):
/// the configuration and host with 1,000 organisations measured; the wheel work, which grows per organisation,
/// measured for a few and extrapolated to 1,000.
/// </summary>
public static class StartupBenchmark
{
    private const int Organisations = 1000;

    public static async Task<Section> RunAsync(BenchSettings settings)
    {
        var sampled = settings.Quick ? 2 : 5;
        var one = await StartTwiceAsync(1, wheels: true);
        var few = await StartTwiceAsync(sampled, wheels: true);
        var many = await StartTwiceAsync(Organisations, wheels: false);

        var perOrganisation = (few.Again.Wheels - one.Again.Wheels) / (sampled - 1);
        var extrapolated = many.Again.Host + one.Again.Wheels + (perOrganisation * (Organisations - 1));
        var firstPerOrganisation = (few.First.Wheels - one.First.Wheels) / (sampled - 1);
        var firstExtrapolated = many.First.Host + one.First.Wheels + (firstPerOrganisation * (Organisations - 1));
        var target = Target.AtMost($"Start-up with {Fmt.Count(Organisations)} organisations", 10, Fmt.Seconds);
        var notes = new List<string>();
        if (!target.IsMet(extrapolated.TotalSeconds))
        {
            notes.Add($"Missed: a restart spends {Fmt.Time(one.Again.Wheels)} on the sample organisation's rosters, wheels and reminders "
                + $"and about {Fmt.Time(perOrganisation)} on each further one, so 1,000 organisations would take about {Fmt.Time(extrapolated)}. "
                + "The work is done in the start-up path, one organisation after another: every start re-imports each roster and "
                + "regenerates each wheel (idempotent, but a grain call per item), then reconciles Quartz item by item — a grain read and "
                + "several job-store queries and transactions for each of an organisation's ~100 items, on the one SQLite file. A first "
                + "start also writes every item grain and schedules its reminders, while the change processor re-syncs the same grains. "
                + "Starting to serve before that work and doing it per organisation in the background (the configuration and host take "
                + "the time in the first row), and reconciling from one listing of the job store instead of queries per item, is "
                + "what meeting the target would take; that is a change to the start-up design, not made or measured here. The "
                + "extrapolation rests on 1 and 5 organisations on a loaded machine: runs here put a restart of 1,000 between about "
                + "80 s and 290 s.");
        }

        return new Section(
            $"Start-up with {Fmt.Count(Organisations)} organisations",
            $"A temp copy of `config/` with the sample organisation and copies of it under other ids; the silo host built and started on "
            + "a fresh SQLite database (configuration loaded and checked, host and Quartz started: **measured with 1,000 organisations**), "
            + "then the start-up work of `arshjul run` (rosters imported, each organisation's wheel of the current year generated, "
            + $"Quartz's reminders reconciled: **measured with 1 and {sampled} organisations** and extrapolated linearly to 1,000, since it "
            + "takes too long per organisation to run 1,000 here); the change processor's backlog is drained (untimed) before the host "
            + "stops, and the host is started again on the same database (a restart). Baseline: 1 organisation.",
            [
                new("Restart: configuration + host", Fmt.Time(many.Again.Host), $"{Fmt.Time(one.Again.Host)} (1 organisation)"),
                new($"Restart: rosters, wheels, reminders ({sampled} organisations)", Fmt.Time(few.Again.Wheels), $"{Fmt.Time(one.Again.Wheels)} (1 organisation)"),
                new("Restart, extrapolated to 1,000 organisations", $"≈ {Fmt.Time(extrapolated)}", Fmt.Time(one.Again.Host + one.Again.Wheels) + " (1 organisation)", target.Check(extrapolated.TotalSeconds)),
                new("First start: configuration + host", Fmt.Time(many.First.Host), $"{Fmt.Time(one.First.Host)} (1 organisation)"),
                new($"First start: rosters, wheels, reminders ({sampled} organisations)", Fmt.Time(few.First.Wheels), $"{Fmt.Time(one.First.Wheels)} (1 organisation)"),
                new("First start, extrapolated to 1,000 organisations", $"≈ {Fmt.Time(firstExtrapolated)}", Fmt.Time(one.First.Host + one.First.Wheels) + " (1 organisation)"),
            ],
            notes);
    }

    private static async Task<(Phases First, Phases Again)> StartTwiceAsync(int organisations, bool wheels)
    {
        using var database = new TempSqliteFile();
        var config = CopyConfig(Path.Combine(Path.GetDirectoryName(database.Path)!, "config"), organisations);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = database.Path,
            ["Notifications:FileChannel:Directory"] = Path.Combine(Path.GetDirectoryName(database.Path)!, "outbox"),
            ["Logging:LogLevel:Default"] = "Error", // the change processor warns of every retry it leaves at stop
        };
        var first = await StartAsync(config, settings, wheels);
        var again = await StartAsync(config, settings, wheels);
        return (first, again);
    }

    private static async Task<Phases> StartAsync(string configDirectory, IReadOnlyDictionary<string, string?> settings, bool wheels)
    {
        var started = Stopwatch.GetTimestamp();
        var config = ArshjulConfigurationLoader.Load(configDirectory);
        using var host = SiloHost.Build(new SiloHostOverrides(settings), config.Reminders);
        await host.StartAsync();
        var hostTime = Stopwatch.GetElapsedTime(started);
        var wheelTime = TimeSpan.Zero;
        if (wheels)
        {
            started = Stopwatch.GetTimestamp();
            await host.Services.GetRequiredService<WheelStartup>().RunAsync(config, CancellationToken.None);
            wheelTime = Stopwatch.GetElapsedTime(started);

            // What the grains changed is re-synced by the change processor in the background once the silo runs; done
            // here before stopping, untimed, so that the restart meets the state a running silo leaves behind.
            var changes = host.Services.GetRequiredService<ChangeProcessor>();
            while (await changes.ProcessPendingAsync() > 0)
            {
            }
        }

        await host.StopAsync();
        return new Phases(hostTime, wheelTime);
    }

    /// <summary>config/ copied to <paramref name="target"/>, with <paramref name="organisations"/> − 1 copies of the sample organisation.</summary>
    private static string CopyConfig(string target, int organisations)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Config.FullName, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryRoot.Config.FullName, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var sample = File.ReadAllText(Path.Combine(target, "organisations", "sco.yaml"));
        for (var i = 1; i < organisations; i++)
        {
            var id = $"org-{i:0000}";
            File.WriteAllText(
                Path.Combine(target, "organisations", $"{id}.yaml"),
                sample.Replace("\nid: sco\n", $"\nid: {id}\n", StringComparison.Ordinal)
                    .Replace("\nname: Samordningsförbundet Centrala Östergötland\n", $"\nname: Samordningsförbund {i}\n", StringComparison.Ordinal));
        }

        return target;
    }

    private readonly record struct Phases(TimeSpan Host, TimeSpan Wheels);
}
