using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Tests.Reminders;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>The run command says at start which channel delivers and where; with Graph settings a kallelse becomes an event in the organiser mailbox.</summary>
public sealed class RunCommandChannelTests : IDisposable
{
    private const string Mailbox = FakeGraphSettings.Mailbox;
    private const string Secret = "run-command-secret-never-shown";
    private const string BoardMeeting = "sco/meeting/2026-12-11-styrelsemote";
    private readonly TempSqliteFile _database = new();
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"arshjul-outbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task RunAsync_GraphSettings_LogsTheGraphChannelAndMailboxAndPostsTheKallelseAsAnEvent()
    {
        // Monday 23 November 2026; the board meets Friday 11 December, so its kallelse is due Friday 27 November 09:00.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));
        await using var graph = await FakeGraphServer.StartAsync(clock);
        var logs = new CapturedLogs();
        var settings = FakeGraphSettings.For(graph, Secret);
        settings["Storage:SqlitePath"] = _database.Path;
        settings["Notifications:FileChannel:Directory"] = _outbox;
        await using var run = await RunningCommand.StartAsync(clock, settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton(new GraphCredential(FakeTokenCredential.WithGraphPermissions()));
        });

        Assert.Contains(logs.Lines, l => l.EndsWith($"Notifications are delivered through the graph channel (Microsoft Graph at {graph.BaseUrl} as mailbox {Mailbox})", StringComparison.Ordinal));
        var post = await run.AdvanceUntilAsync(
            new DateTimeOffset(2026, 11, 27, 8, 5, 0, TimeSpan.Zero),
            () => logs.Lines.Any(l => l.Contains($"for {BoardMeeting}@arshjul", StringComparison.Ordinal)) ? graph.Requests.FirstOrDefault(IsBoardMeetingEvent) : null,
            () => string.Join("\n", graph.Requests.Select(r => $"{r.ClockTime:u} {r.Method} {r.Path} {r.StatusCode}")));
        Assert.Equal(0, await run.StopAsync());

        Assert.Equal((GraphCalls.EventCreate, 201), (GraphCalls.KindOf(post), post.StatusCode));
        Assert.Equal($"/v1.0/users/{Mailbox}/events", post.Path);
        Assert.Equal("Styrelsemöte", post.Json!.RootElement.GetProperty("subject").GetString());
        Assert.Equal(graph.Events.Single(e => e.Json.GetProperty("start").GetProperty("dateTime").GetString() == "2026-12-11T09:00:00").Id, CreatedEventId(logs));
        Assert.False(Directory.Exists(_outbox)); // nothing went to the file outbox
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoGraphSettings_LogsTheFileChannelAndItsDirectory()
    {
        var logs = new CapturedLogs();
        var overrides = new SiloHostOverrides(
            new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database.Path, ["Notifications:FileChannel:Directory"] = _outbox },
            services =>
            {
                services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)));
                services.AddSingleton<ILoggerProvider>(logs);
            });

        var exitCode = await RunCommand.RunAsync(
            new RunOptions(RepositoryRoot.Config, Once: true, Output: new StringWriter(), HostOverrides: overrides),
            TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains(logs.Lines, l => l.EndsWith($"Notifications are delivered through the file channel ({Path.GetFullPath(_outbox)})", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("graph", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    private static bool IsBoardMeetingEvent(RecordedRequest request) =>
        GraphCalls.KindOf(request) == GraphCalls.EventCreate
        && request.Json?.RootElement.GetProperty("start").GetProperty("dateTime").GetString() == "2026-12-11T09:00:00";

    // "Created Graph event AAMk-3 for sco/meeting/…@arshjul with 14 attendees": the event id the meeting now keeps.
    private static string CreatedEventId(CapturedLogs logs)
    {
        var line = logs.Lines.Single(l => l.Contains($"for {BoardMeeting}@arshjul", StringComparison.Ordinal) && l.Contains("Created Graph event ", StringComparison.Ordinal));
        return line[(line.IndexOf("Created Graph event ", StringComparison.Ordinal) + "Created Graph event ".Length)..].Split(' ')[0];
    }
}
