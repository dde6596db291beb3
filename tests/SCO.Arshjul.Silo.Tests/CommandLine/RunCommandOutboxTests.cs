using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>The README's run command, left running: what falls due is delivered as files to the outbox directory.</summary>
public sealed class RunCommandOutboxTests : IDisposable
{
    private readonly TempSqliteFile _database = new();
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"arshjul-outbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task RunAsync_Running_DeliversTheKallelseDueFridayToTheFileOutbox()
    {
        // Monday 23 November 2026; the board meets Friday 11 December, so its kallelse is due Friday 27 November 09:00.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _database.Path,
            ["Notifications:FileChannel:Directory"] = _outbox,

            // Manual time races ahead of real calls here; no grain call should time out because of it.
            ["GrainRuntime:ResponseTimeout"] = "30.00:00:00",
        };
        var output = new StringWriter();
        var running = RunCommand.RunAsync(
            new RunOptions(RepositoryRoot.Config, Output: TextWriter.Synchronized(output), HostOverrides: new SiloHostOverrides(settings, s => s.AddSingleton<TimeProvider>(clock))),
            stop.Token);

        await StartedAsync(output, running);
        var invitation = await AdvanceUntilAsync(clock, new DateTimeOffset(2026, 11, 27, 8, 5, 0, TimeSpan.Zero), running);
        await stop.CancelAsync();
        await running;

        var eml = await File.ReadAllTextAsync(Path.ChangeExtension(invitation, ".eml"), TestContext.Current.CancellationToken);
        var ics = await File.ReadAllTextAsync(invitation, TestContext.Current.CancellationToken);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("UID:sco/meeting/2026-12-11-styrelsemote@arshjul", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20261211T090000", ics, StringComparison.Ordinal);
        Assert.Contains("text/calendar", eml, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    // The wheel is printed once the silo has started, the wheels are generated and the reminders reconciled.
    private static async Task StartedAsync(StringWriter output, Task running)
    {
        for (var i = 0; i < 3000 && !running.IsCompleted; i++)
        {
            lock (output)
            {
                if (output.ToString().Contains("Förfaller", StringComparison.Ordinal))
                {
                    return;
                }
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await running;
        throw new InvalidOperationException("The run command did not finish starting.");
    }

    // The host's background loops (Quartz, change processor, dispatcher) run on real threads: move the clock a minute
    // at a time, giving them real time to act, until the kallelse's .ics is in the outbox.
    private async Task<string> AdvanceUntilAsync(ManualTimeProvider clock, DateTimeOffset until, Task running)
    {
        var deadline = DateTimeOffset.MaxValue;
        for (var step = 0; step < 6000 && TimeProvider.System.GetUtcNow() < deadline; step++)
        {
            if (running.IsCompleted)
            {
                await running; // surfaces a start-up failure
                throw new InvalidOperationException("The run command stopped by itself.");
            }

            var ics = Directory.Exists(_outbox)
                ? Directory.EnumerateFiles(_outbox, "*.ics").FirstOrDefault(f => File.ReadAllText(f).Contains("2026-12-11-styrelsemote", StringComparison.Ordinal))
                : null;
            if (ics is not null)
            {
                return ics;
            }

            // A minute at a time near the due time and after it: the dispatcher polls on this clock too.
            clock.Advance(clock.GetUtcNow() < until.AddHours(-2) ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(1));
            if (clock.GetUtcNow() >= until && deadline == DateTimeOffset.MaxValue)
            {
                deadline = TimeProvider.System.GetUtcNow().AddSeconds(90); // real time for the last deliveries
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var subjects = Directory.Exists(_outbox)
            ? Directory.EnumerateFiles(_outbox, "*.eml").Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileName(f) + " " + File.ReadLines(f).FirstOrDefault(l => l.StartsWith("Subject:", StringComparison.Ordinal)))
            : [];
        throw new TimeoutException($"No kallelse in {_outbox}:\n{string.Join("\n", subjects)}");
    }
}
