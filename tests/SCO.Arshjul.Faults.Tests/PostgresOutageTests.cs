using System.Diagnostics;
using NodaTime;
using SCO.Arshjul.Faults.Tests.Support;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Faults.Tests;

/// <summary>
/// Issue 6: two nodes on a private PostgreSQL, deadlines falling due (an on-the-day reminder for each of 100 decisions at
/// 09:00) and check-offs sent over HTTP all along; PostgreSQL is stopped while the reminders fire and started again
/// 15 s later. During the outage the API answers 503 with a Swedish problem at once (no hang, no 500); afterwards both
/// nodes serve again without being restarted; every write acknowledged before or after is stored; every deadline,
/// those that fell due during the outage too, yields exactly one notification per recipient.
/// </summary>
public sealed class PostgresOutageTests
{
    private const int Deadlines = 100;
    private const int ControlsPerPlan = 48;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);
    private static readonly int[] Years = [.. Enumerable.Range(2000, 25)];

    [Fact]
    public async Task PostgresStoppedWhileRemindersFire_NodesRecoverByThemselves_NothingAcknowledgedIsLost()
    {
        var ct = TestContext.Current.CancellationToken;
        var day = new LocalDate(2026, 12, 2); // a Wednesday: the on-the-day reminders fire at 09:00
        var total = Stopwatch.StartNew();
        await using var server = await RestartablePostgresServer.StartAsync();
        await using var cluster = await FaultCluster.CreateAsync(server, ct);
        cluster.ConfigDirectory = FaultConfig.WithoutControlReminders(cluster.Directory);
        CheckOffLoad? seeding = null;
        await cluster.SeedAsync(day.At(new LocalTime(8, 0)), async grains =>
        {
            await DueDecisions.RecordAsync(grains, Deadlines, day, ct);
            seeding = await CheckOffLoad.SeedAsync(grains, Years, ControlsPerPlan, TimeSpan.FromSeconds(60), 8, ct);
        }, ct);
        using var load = seeding!;
        var seeded = total.Elapsed;
        var expected = DueDecisions.ExpectedKeys(Deadlines);
        var nodes = cluster.StartNodes(2, FaultCluster.OffsetFor(day.At(new LocalTime(9, 0)), TimeSpan.FromSeconds(35)));
        await Task.WhenAll(nodes.Select(n => n.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3), ct)));
        var started = total.Elapsed;

        var writes = new PacedCheckOffs(load, nodes, ControlPlans.CheckOffs(Years, ControlsPerPlan));
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writing = writes.RunAsync(writers: 4, TimeSpan.FromMilliseconds(300), stopWriting.Token, ct);
        await FaultCluster.WaitUntilAsync(async () => await DueDecisions.WrittenAsync(cluster, ct) > 0, TimeSpan.FromMinutes(2), "the reminders did not begin to fire", ct);

        var writtenAtStop = await DueDecisions.WrittenAsync(cluster, ct);
        await server.StopAsync();
        var stopped = writes.Now;
        await Task.Delay(Outage, ct); // the outage itself: how long the database is away
        var restarting = writes.Now;
        await server.StartAgainAsync();
        var restarted = writes.Now;
        await FaultCluster.WaitUntilAsync(() => Task.FromResult(nodes.All(n => writes.AcknowledgedSince(n, restarted))), TimeSpan.FromMinutes(2),
            $"the nodes did not serve writes again (stopped at {stopped}, started again at {restarted}; answers {Describe(writes.Answers.Where(a => a.SentAt > restarted))})\n{nodes[0].Tail()}\n{nodes[1].Tail()}", ct);
        var recovered = writes.Now;
        await FaultCluster.WaitUntilAsync(() => Task.FromResult(writes.Answers.Count(a => a.SentAt > recovered && a.Answer.Acknowledged) >= 20), TimeSpan.FromMinutes(1),
            "the nodes did not keep serving writes", ct);
        await stopWriting.CancelAsync();
        await writing;
        await load.SettleAsync(load.Sent, i => nodes[i % 2], attempts: 10, ct);
        await FaultCluster.WaitUntilAsync(async () => await DueDecisions.DeliveredAsync(cluster, ct) >= expected.Count, TimeSpan.FromMinutes(2),
            $"not every notification was delivered after the outage\n{nodes[0].Tail()}\n{nodes[1].Tail()}", ct);
        var deliveredAt = writes.Now;

        var answers = writes.Answers;
        var duringOutage = answers.Where(a => a.SentAt >= stopped && a.AnsweredAt <= restarting).ToList();
        var plans = await ControlPlans.ReadStoredAsync(cluster, Years, ct);
        var stored = PlanReading.ChecksOf(plans);
        var checkedRows = await cluster.CountAsync(
            "SELECT count(*) FROM arshjul_outbox WHERE kind = 'internal-control.changed' AND payload::jsonb->>'action' = 'internal-control.checked'", ct);
        var rows = await cluster.NotificationsAsync(DueDecisions.SourcePrefix, ct);
        var files = Directory.EnumerateFiles(cluster.OutboxDirectory, "*.eml").Select(File.ReadAllText).ToList();
        var acknowledged = load.Sent.Where(load.Acknowledged).ToList();
        FaultReport.Write(
            $"postgres outage: {Deadlines} deadlines ({expected.Count} notifications), {writtenAtStop} written when PostgreSQL was stopped; "
            + $"stopped for {(restarting - stopped).TotalSeconds:0.0} s (start took {(restarted - restarting).TotalSeconds:0.0} s); "
            + $"{duringOutage.Count} check-offs answered during the outage: {Describe(duringOutage)}, slowest {Max(duringOutage)} ms; "
            + $"both nodes acknowledged writes again {(recovered - restarted).TotalSeconds:0.0} s after the restart, every notification delivered {(deliveredAt - restarted).TotalSeconds:0.0} s after it; "
            + $"{answers.Count} check-offs sent while running ({Describe(answers)}), {acknowledged.Count} acknowledged in the end, "
            + $"{load.AllAnswers.Count() - answers.Count} sent again; seeded in {seeded.TotalSeconds:0} s, nodes up after {started.TotalSeconds:0} s, {total.Elapsed.TotalSeconds:0} s in all");

        Assert.Empty(load.AllAnswers.Where(a => a.Status is not (200 or 409 or 503) || (a.Status >= 400 && (a.Code is null || a.Title is null))).Select(a => a.ToString()));
        Assert.NotEmpty(duringOutage);
        Assert.All(duringOutage, a => Assert.True(a.Answer is { Status: 503, Code: "storage.unavailable" } && a.Answer.Elapsed < TimeSpan.FromSeconds(10), a.Answer.ToString()));
        Assert.All(nodes, n => Assert.True(n.IsRunning && n.Starts == 1, $"{n.Name} was restarted or died"));
        Assert.All(load.Sent, c => Assert.True(load.Acknowledged(c), $"{c} never acknowledged: {string.Join("; ", load.AnswersTo(c))}"));
        Assert.Empty(load.Sent.Where(c => stored[c.ToString()] is not { } check || !check.Matches(c)).Select(c => $"{c}: stored {stored[c.ToString()]}"));
        Assert.All(plans, p => Assert.Equal((p.Year, p.Checks.Values.Count(c => c is not null), p.HistoryLines), (p.Year, p.CheckedLines, p.Version))); // each check once
        Assert.Equal(stored.Values.Count(c => c is not null), checkedRows); // with its outbox message, once
        Assert.True(writtenAtStop < expected.Count, "every reminder had fired before the outage");
        Assert.Equal(expected, rows.Select(r => r.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("delivered", r.Status));
        var mentions = Enumerable.Range(1, Deadlines).ToDictionary(i => i, i => files.Count(f => f.Contains(DueDecisions.Title(i), StringComparison.Ordinal)));
        Assert.Empty(mentions.Where(m => m.Value != DueDecisions.NotificationsOf(m.Key)).Select(m => $"{DueDecisions.Title(m.Key)}: {m.Value} files"));
    }

    private static string Describe(IEnumerable<TimedAnswer> answers) => ApiAnswer.Describe(answers.Select(a => a.Answer));

    private static string Max(IEnumerable<TimedAnswer> answers) => answers.Select(a => a.Answer.Elapsed.TotalMilliseconds).DefaultIfEmpty().Max().ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
