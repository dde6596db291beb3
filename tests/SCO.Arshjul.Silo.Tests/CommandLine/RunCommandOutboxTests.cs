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
        await using var run = await RunningCommand.StartAsync(clock, new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _database.Path,
            ["Notifications:FileChannel:Directory"] = _outbox,
        });

        var invitation = await run.AdvanceUntilAsync(new DateTimeOffset(2026, 11, 27, 8, 5, 0, TimeSpan.Zero), InvitationFile, Subjects);
        await run.StopAsync();

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

    // The kallelse's .ics, once it is in the outbox.
    private string? InvitationFile() =>
        Directory.Exists(_outbox)
            ? Directory.EnumerateFiles(_outbox, "*.ics").FirstOrDefault(f => File.ReadAllText(f).Contains("2026-12-11-styrelsemote", StringComparison.Ordinal))
            : null;

    private string Subjects()
    {
        var subjects = Directory.Exists(_outbox)
            ? Directory.EnumerateFiles(_outbox, "*.eml").Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileName(f) + " " + File.ReadLines(f).FirstOrDefault(l => l.StartsWith("Subject:", StringComparison.Ordinal)))
            : [];
        return $"No kallelse in {_outbox}:\n{string.Join("\n", subjects)}";
    }
}
