using System.Diagnostics;
using NodaTime;
using SCO.Arshjul.Faults.Tests.Support;

namespace SCO.Arshjul.Faults.Tests;

/// <summary>
/// Issue 6: two nodes on one PostgreSQL, 1,000 check-offs of internal controls sent over HTTP at once to both (25 adopted
/// plans of 40 controls, by an internkontrollant and the förbundschef), one node killed (SIGKILL) while they are being
/// answered, the rest sent again to the other, the killed node restarted. Every check-off the API acknowledged is stored
/// with its result, comment, evidence, action and checker; nothing stored is corrupt or doubled; a check-off sent again
/// after no answer (or a 409 after too many concurrent writes) is acknowledged, also when the first one was stored.
/// </summary>
public sealed class KilledNodeCheckOffTests
{
    private const int ControlsPerPlan = 40;
    private static readonly int[] Years = [.. Enumerable.Range(2000, 25)];

    [Fact]
    public async Task ThousandConcurrentCheckOffs_OneNodeKilledMidway_EveryAcknowledgedCheckOffIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var at = new LocalDateTime(2026, 12, 2, 10, 0); // a Wednesday morning: no reminder of the plans is due for days
        var total = Stopwatch.StartNew();
        await using var cluster = await FaultCluster.CreateAsync(ct);
        cluster.ConfigDirectory = FaultConfig.WithoutControlReminders(cluster.Directory);
        CheckOffLoad? seeding = null;
        await cluster.SeedAsync(at, async grains => seeding = await CheckOffLoad.SeedAsync(grains, Years, ControlsPerPlan, TimeSpan.FromSeconds(90), 256, ct), ct);
        using var load = seeding!;
        var seeded = total.Elapsed;
        var nodes = cluster.StartNodes(2, FaultCluster.OffsetFor(at, TimeSpan.Zero));
        await Task.WhenAll(nodes.Select(n => n.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3), ct)));
        var (survivor, victim) = (nodes[0], nodes[1]);
        var started = total.Elapsed;

        // Plans interleaved, so every plan takes check-offs on both nodes at once.
        var checkOffs = ControlPlans.CheckOffs(Years, ControlsPerPlan).OrderBy(c => c.ControlId, StringComparer.Ordinal).ThenBy(c => c.Year).ToList();
        var watch = Stopwatch.StartNew();
        var acknowledged = 0;
        var sending = checkOffs.Select((c, i) => Task.Run(async () =>
        {
            if ((await load.SendAsync(c, nodes[i % 2], ct)).Acknowledged)
            {
                Interlocked.Increment(ref acknowledged);
            }
        }, ct)).ToList();
        await FaultCluster.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref acknowledged) >= checkOffs.Count * 3 / 10), TimeSpan.FromMinutes(2),
            "the nodes did not acknowledge 30 % of the check-offs", ct);
        var acknowledgedBeforeKill = Volatile.Read(ref acknowledged);
        await victim.KillAsync();
        var killedAt = watch.Elapsed;
        await Task.WhenAll(sending);
        var firstRound = watch.Elapsed;
        var firstAnswers = checkOffs.Select(c => load.AnswersTo(c)[0]).ToList();

        // Keep going against the survivor while the victim restarts; then against both.
        victim.Start();
        var restarting = victim.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3), ct);
        await load.SettleAsync(checkOffs, _ => survivor, attempts: 5, ct);
        await restarting;
        var restarted = watch.Elapsed;
        await load.SettleAsync(checkOffs, i => nodes[i % 2], attempts: 10, ct);
        var settled = watch.Elapsed;

        var readings = await Task.WhenAll(Years.Select(year => ControlPlans.ReadAsync(load.Callers[0], victim, year, ct)));
        var stored = PlanReading.ChecksOf(readings);
        var inDatabase = PlanReading.ChecksOf(await ControlPlans.ReadStoredAsync(cluster, Years, ct));
        var checkedRows = await cluster.CountAsync(
            "SELECT count(*) FROM arshjul_outbox WHERE kind = 'internal-control.changed' AND payload::jsonb->>'action' = 'internal-control.checked'", ct);
        var retries = checkOffs.SelectMany(c => load.AnswersTo(c).Skip(1)).ToList();

        FaultReport.Write(
            $"killed-node check-offs: {checkOffs.Count} sent at once to 2 nodes, {acknowledgedBeforeKill} acknowledged when {victim.Name} was killed at {killedAt.TotalSeconds:0.0} s; "
            + $"first answers after {firstRound.TotalSeconds:0.0} s: {Describe(firstAnswers)}; "
            + $"{retries.Count} sent again: {Describe(retries)}; "
            + $"stored in the end: {stored.Values.Count(c => c is not null)} checks, {checkedRows} outbox messages 'checked'; "
            + $"p50/p99 of acknowledged first answers {Percentile(firstAnswers, 0.5)}/{Percentile(firstAnswers, 0.99)} ms; "
            + $"seeded in {seeded.TotalSeconds:0} s, nodes up after {started.TotalSeconds:0} s, {victim.Name} up again {restarted.TotalSeconds:0.0} s and all settled {settled.TotalSeconds:0.0} s into the run, "
            + $"{total.Elapsed.TotalSeconds:0} s in all");

        Assert.Empty(load.AllAnswers.Where(a => a.Status is >= 400 and not 409 || (a.Status is 409 && (a.Code is null || a.Title is null))).Select(a => a.ToString()));
        Assert.Empty(retries.Where(a => a.NoAnswer && a.Node == survivor.Name).Select(a => a.ToString()));
        Assert.Contains(firstAnswers, a => a.NoAnswer && a.Node == victim.Name); // the kill did cut requests off
        Assert.All(checkOffs, c => Assert.True(load.Acknowledged(c), $"{c} never acknowledged: {string.Join("; ", load.AnswersTo(c))}"));
        Assert.Empty(checkOffs.Where(c => stored[c.ToString()] is not { } check || !check.Matches(c))
            .Select(c => $"{c}: sent {c.Comment} by {c.Person}, stored {stored[c.ToString()]}; answers {string.Join("; ", load.AnswersTo(c))}"));
        Assert.Equal(stored.OrderBy(c => c.Key, StringComparer.Ordinal), inDatabase.OrderBy(c => c.Key, StringComparer.Ordinal)); // the restarted node shows what is stored
        Assert.All(readings, r => Assert.Equal((r.Year, ControlsPerPlan, r.HistoryLines), (r.Year, r.CheckedLines, r.Version)));
        Assert.Equal(checkOffs.Count, checkedRows);
    }

    private static string Describe(IEnumerable<ApiAnswer> answers) => ApiAnswer.Describe(answers);

    private static string Percentile(IEnumerable<ApiAnswer> answers, double p)
    {
        var times = answers.Where(a => a.Acknowledged).Select(a => a.Elapsed.TotalMilliseconds).Order().ToList();
        return times.Count == 0 ? "-" : times[Math.Min(times.Count - 1, (int)(p * times.Count))].ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
