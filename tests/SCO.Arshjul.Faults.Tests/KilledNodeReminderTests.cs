using System.Globalization;
using NodaTime;
using SCO.Arshjul.Faults.Tests.Support;

namespace SCO.Arshjul.Faults.Tests;

/// <summary>
/// Issue 6: two nodes on one PostgreSQL, many deadlines falling due at the same minute, one node killed (SIGKILL) and
/// restarted every 10 seconds while they fire and are delivered: every deadline yields exactly one notification per
/// recipient (its responsible and the förbundschef) — none missed, none doubled — in the outbox and in the files the
/// channel wrote. The suite runs 200 deadlines;
/// <c>bash scripts/soak.sh</c> runs 1,000 (<c>ARSHJUL_FAULT_DEADLINES</c>).
/// </summary>
public sealed class KilledNodeReminderTests
{
    private static int Deadlines =>
        int.TryParse(Environment.GetEnvironmentVariable("ARSHJUL_FAULT_DEADLINES"), CultureInfo.InvariantCulture, out var n) ? n : 200;

    [Fact]
    public async Task TwoNodes_OneKilledEvery10Seconds_EveryDeadlineYieldsExactlyOneNotification()
    {
        var ct = TestContext.Current.CancellationToken;
        var count = Deadlines;
        var day = new LocalDate(2026, 12, 2); // a Wednesday: the on-the-day reminders fire at 09:00
        await using var cluster = await FaultCluster.CreateAsync(ct);
        await cluster.SeedAsync(day.At(new LocalTime(8, 0)), grains => DueDecisions.RecordAsync(grains, count, day, ct), ct);

        var expected = DueDecisions.ExpectedKeys(count);
        var nodes = cluster.StartNodes(2, FaultCluster.OffsetFor(day.At(new LocalTime(9, 0)), TimeSpan.FromSeconds(45)));
        var kills = 0;
        var chaosUntil = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(4);
        while (await DueDecisions.DeliveredAsync(cluster, ct) < expected.Count && TimeProvider.System.GetUtcNow() < chaosUntil)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            var victim = nodes[kills++ % nodes.Count];
            await victim.KillAsync();
            victim.Start();
        }

        await FaultCluster.WaitUntilAsync(async () => await DueDecisions.DeliveredAsync(cluster, ct) >= expected.Count, TimeSpan.FromMinutes(3),
            $"not every notification was delivered after {kills} kills\n{nodes[0].Tail()}\n{nodes[1].Tail()}", ct);
        var rows = await cluster.NotificationsAsync(DueDecisions.SourcePrefix, ct);
        var files = Directory.EnumerateFiles(cluster.OutboxDirectory, "*.eml").Select(File.ReadAllText).ToList();

        FaultReport.Write($"killed-node reminders: {count} deadlines, 2 nodes, {kills} kills (SIGKILL, every 10 s), {rows.Count} notifications expected {expected.Count}, {files.Count} .eml files");
        Assert.True(kills >= 3, $"only {kills} kills happened while the deadlines fired");
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("delivered", r.Status));
        Assert.Equal(expected, rows.Select(r => r.IdempotencyKey).Order(StringComparer.Ordinal));
        var mentions = Enumerable.Range(1, count).ToDictionary(i => i, i => files.Count(f => f.Contains(DueDecisions.Title(i), StringComparison.Ordinal)));
        Assert.Empty(mentions.Where(m => m.Value != DueDecisions.NotificationsOf(m.Key)).Select(m => $"{DueDecisions.Title(m.Key)}: {m.Value} files"));
    }
}
