using System.Globalization;
using NodaTime;
using SCO.Arshjul.Faults.Tests.Support;

namespace SCO.Arshjul.Faults.Tests;

/// <summary>
/// Issue 6: a silo down for a simulated 24 hours. Items are seeded whose reminders fall due from Tuesday 24 November
/// 2026 08:55 to Wednesday 09:10 (Stockholm); a node runs with that window still ahead and is killed (SIGKILL); a node
/// then starts on a clock 24 h 15 min later — every reminder in the window was missed while nothing ran — and a second
/// node starts beside it. Every missed reminder yields its notifications exactly once, within 60 s of the first node's
/// start, and nothing outside the window fires: two nodes recovering the same misfires fire none twice.
/// </summary>
public sealed class MissedDeadlinesAfterDowntimeTests
{
    private const string OurRows =
        "kind = 'notification' AND (source_key LIKE 'sco/decision/DRIFT %' OR source_key LIKE 'sco/sam-task/drift-%'"
        + " OR source_key LIKE 'sco/deadline/drift-%' OR source_key = 'sco/internal-control/2027')";

    private static readonly TimeSpan Target = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiloDown24Hours_EveryMissedDeadlineFiresOnceWithin60SecondsOfStart_EvenWithASecondNode()
    {
        var ct = TestContext.Current.CancellationToken;
        var items = DowntimeDeadlines.All(copies: 6);
        var expected = items.SelectMany(i => i.ExpectedKeys).Order(StringComparer.Ordinal).ToList();
        var tuesday = DowntimeDeadlines.Tuesday;
        await using var cluster = await FaultCluster.CreateAsync(ct);
        foreach (var batch in items.GroupBy(i => i.SeededOn ?? tuesday.At(new LocalTime(8, 50))).OrderBy(b => b.Key))
        {
            await cluster.SeedAsync(batch.Key, async grains =>
            {
                foreach (var item in batch)
                {
                    await item.Seed(grains, ct);
                }
            }, ct);
        }

        var before = cluster.StartNodes(1, FaultCluster.OffsetFor(tuesday.At(new LocalTime(8, 52)), TimeSpan.Zero))[0];
        await before.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2), ct);
        Assert.Equal(0, await cluster.CountAsync($"SELECT count(*) FROM arshjul_outbox WHERE {OurRows}", ct)); // the window is still ahead
        await before.KillAsync();

        var offset = FaultCluster.OffsetFor(tuesday.PlusDays(1).At(new LocalTime(9, 10)), TimeSpan.Zero);
        var start = TimeProvider.System.GetUtcNow();
        var nodes = cluster.StartNodes(2, offset);
        var healthy = HealthyAtAsync(nodes[1], ct);
        await FaultCluster.WaitUntilAsync(async () => await cluster.CountAsync($"SELECT count(*) FROM arshjul_outbox WHERE {OurRows}", ct) >= expected.Count,
            TimeSpan.FromMinutes(3), $"the missed reminders did not all fire\n{nodes[1].Tail()}\n{nodes[2].Tail()}", ct);
        var firstWritten = await cluster.LatestAsync($"SELECT min(created_utc) FROM arshjul_outbox WHERE {OurRows}", ct) - offset;
        var lastWritten = await cluster.LatestAsync($"SELECT max(created_utc) FROM arshjul_outbox WHERE {OurRows}", ct) - offset;
        await nodes[2].WaitUntilHealthyAsync(TimeSpan.FromMinutes(2), ct);
        await FaultCluster.WaitUntilAsync(async () => await cluster.CountAsync($"SELECT count(*) FROM arshjul_outbox WHERE {OurRows} AND status <> 'delivered'", ct) == 0
                && await cluster.CountAsync(MissedTriggers(offset), ct) == 0,
            TimeSpan.FromMinutes(2), "the notifications were not all delivered, or missed triggers remain", ct);

        var (seconds, healthySeconds) = ((lastWritten - start).TotalSeconds, (await healthy - start).TotalSeconds);
        FaultReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"24 h downtime: {items.Count} items, {expected.Count} missed notifications, the last written {seconds:0.0} s after the node started (target ≤ {Target.TotalSeconds:0} s; node answering /health after {healthySeconds:0.0} s, first notification after {(firstWritten - start).TotalSeconds:0.0} s); 2 nodes recovering"));
        var rows = await cluster.NotificationsAsync("sco/", ct);
        var ours = rows.Where(r => DowntimeDeadlines.KeyPrefixes.Any(p => r.SourceKey.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.Equal(expected, ours.Select(r => r.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(ours, r => Assert.Equal("delivered", r.Status));
        var files = Directory.EnumerateFiles(cluster.OutboxDirectory, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Empty(items.Where(i => files.Count(f => f.Contains(i.Title, StringComparison.Ordinal)) != i.ExpectedKeys.Count())
            .Select(i => $"{i.Title}: in {files.Count(f => f.Contains(i.Title, StringComparison.Ordinal))} files, expected {i.ExpectedKeys.Count()}"));
        Assert.True(lastWritten - start <= Target, $"the last missed notification was written {seconds:0.0} s after the node started");
    }

    private static async Task<DateTimeOffset> HealthyAtAsync(ClusterNode node, CancellationToken ct)
    {
        await node.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2), ct);
        return TimeProvider.System.GetUtcNow();
    }

    // Triggers of the seeded items whose time (on the nodes' clock) has passed: a missed reminder not yet fired.
    private static string MissedTriggers(TimeSpan offset)
    {
        var now = (TimeProvider.System.GetUtcNow() + offset).UtcTicks;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'arshjul' AND next_fire_time < {now} AND (trigger_name LIKE 'sco/decision/DRIFT %' OR trigger_name LIKE 'sco/sam-task/drift-%' OR trigger_name LIKE 'sco/deadline/drift-%' OR trigger_name LIKE 'sco/internal-control/2027/%')");
    }
}
