using System.Text.Json;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>
/// Issue 7: running the preview changes nothing. The run command has generated the wheel on a SQLite file and
/// delivered the kallelse of the board meeting of 11 December to the file outbox (Friday 27 November 2026); then the
/// preview of the rest of the year runs on the same settings, and the database and the outbox are byte for byte what
/// they were.
/// </summary>
public sealed class PreviewCommandReadOnlyTests : IDisposable
{
    private const string BoardMeeting = "sco/meeting/2026-12-11-styrelsemote";
    private readonly TempSqliteFile _database = new();
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"arshjul-outbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task RunAsync_OnAGeneratedWheel_ReadsItsStateAndChangesNeitherTheDatabaseNorTheOutbox()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database.Path, ["Notifications:FileChannel:Directory"] = _outbox };
        await using (var run = await RunningCommand.StartAsync(clock, settings))
        {
            await run.AdvanceUntilAsync(new DateTimeOffset(2026, 11, 27, 8, 5, 0, TimeSpan.Zero), KallelseInOutbox, () => $"No kallelse in {_outbox}");
            Assert.Equal(0, await run.StopAsync());
        }

        // The run has stopped, as it would have been another process: its pooled connections close now, not later
        // while the preview runs (the last to close would move the WAL into the file, changing its bytes, not its rows).
        await StoredBytes.SettleAsync(_database.Path, TestContext.Current.CancellationToken);
        var before = Stored();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await PreviewCommand.RunAsync(
            new PreviewCommandOptions(RepositoryRoot.Config, new PreviewRequest("sco", null, "2026-12-31"), "json", output, error, new SiloHostOverrides(settings), clock),
            TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal(before, Stored());
        Assert.Matches(@"Utgår från det sparade läget \(\d+ objekt lästa ur databasen\)", error.ToString());

        // The kallelse went out already (the state says so): the handlingar, the day before and the justering are to come.
        var board = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("item").GetProperty("id").GetString() == BoardMeeting)
            .Select(l => (l.GetProperty("at").GetString(), l.GetProperty("kind").GetString())).Distinct().ToList();
        Assert.Equal([("2026-12-04T09:00:00", "papers"), ("2026-12-10T09:00:00", "meetingReminder"), ("2026-12-14T09:00:00", "minutesApproval")], board);
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    private string? KallelseInOutbox() =>
        Directory.Exists(_outbox) && Directory.EnumerateFiles(_outbox, "*.ics").Any(f => File.ReadAllText(f).Contains("2026-12-11-styrelsemote", StringComparison.Ordinal))
            ? _outbox
            : null;

    private SortedDictionary<string, string> Stored()
    {
        var stored = StoredBytes.Of(_database.Path, _outbox);
        Assert.Contains(stored.Keys, k => k.EndsWith(".ics", StringComparison.Ordinal));
        return stored;
    }
}
