using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NodaTime;
using SCO.Arshjul.Bench.Measurement;
using SCO.Arshjul.Bench.Report;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>Reminders on Quartz with its PostgreSQL job store (clustered, as the silo runs it on PostgreSQL).</summary>
public static class ReminderBenchmark
{
    private const int WiderPool = 8;

    public static async Task<Section> RunAsync(BenchSettings settings)
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var deadlines = settings.Scale(100_000);
            var (scheduling, rawWriting) = await ScheduleDeadlinesAsync(deadlines);
            var punctualityCount = settings.Scale(2_000);
            var (quartzLateness, timerLateness) = await PunctualityAsync(database, punctualityCount);
            var firingCount = settings.Scale(4_000);
            var persistedRate = await FiringRateAsync(database, firingCount);
            var memoryRate = await FiringRateAsync(null, firingCount);
            var widerRate = await FiringRateAsync(database, firingCount, WiderPool);

            var punctual = Target.AtMost("Reminder punctuality p99", 1.0, Fmt.Seconds);
            var firing = Target.AtLeast("Persisted one-off firings on PostgreSQL", 200, v => Fmt.Rate(v, " firings/s"));
            var p99 = quartzLateness.Seconds(99);
            var figures = new List<Figure>
            {
                new($"Time to schedule {Fmt.Count(deadlines)} deadlines", Fmt.Time(scheduling), $"{Fmt.Time(rawWriting)} (the same rows by plain SQL)"),
                new("Scheduling rate", Fmt.Rate(deadlines / scheduling.TotalSeconds, " deadlines/s"), Fmt.Rate(deadlines / rawWriting.TotalSeconds, " deadlines/s")),
                new("Firing lateness p50 (fired − due)", Fmt.Seconds(quartzLateness.Seconds(50)), $"{Fmt.Seconds(timerLateness.Seconds(50))} (a .NET timer)"),
                new("Firing lateness p99", Fmt.Seconds(p99), $"{Fmt.Seconds(timerLateness.Seconds(99))} (a .NET timer)", punctual.Check(p99)),
                new("Persisted one-off firings per second", Fmt.Rate(persistedRate, " firings/s"), $"{Fmt.Rate(memoryRate, " firings/s")} (in-memory job store)", firing.Check(persistedRate)),
                new($"… with `Scheduling:MaxConcurrency` = {WiderPool} (default {new SchedulingOptions().MaxConcurrency})", Fmt.Rate(widerRate, " firings/s"), $"{Fmt.Rate(memoryRate, " firings/s")} (in-memory job store)"),
            };
            var notes = new List<string>();
            if (!punctual.IsMet(p99))
            {
                notes.Add("Punctuality: Quartz acquires due triggers from the database a batch at a time; with the cores saturated the scheduler thread falls behind.");
            }

            if (!firing.IsMet(persistedRate))
            {
                notes.Add("Firings: on the clustered PostgreSQL store every round of the scheduler is round trips and commits under the "
                    + "cluster-wide `TRIGGER_ACCESS` row lock: acquiring a batch, marking each trigger fired, completing each job. The batch is "
                    + $"the thread pool's size, {new SchedulingOptions().MaxConcurrency} by default (`Scheduling:MaxConcurrency`), so a burst of "
                    + $"one-offs drains a couple at a time; the row above shows the same burst with {WiderPool} threads. With the two "
                    + "cores shared with PostgreSQL and other work, each round trip costs more than on an idle machine.");
            }

            return new Section(
                "Reminders (Quartz)",
                $"Scheduling: {Fmt.Count(deadlines)} deadlines, each a durable reminder job with its item and a one-shot trigger carrying its "
                + "occurrence (the silo's `ReminderQuartz` shapes), given to the scheduler on the embedded default job store (SQLite, a temp "
                + "file) 1,000 per `ScheduleJobs` call (one transaction). Baseline: the same three rows per deadline (job, trigger, simple "
                + "trigger) with plain prepared `INSERT`s into the same file, 1,000 deadlines per transaction. On PostgreSQL the scheduler "
                + "makes about ten round trips per trigger (existence and pause checks, three inserts), about 200 deadlines/s on this "
                + $"machine, so 100,000 would take minutes there. Punctuality: {Fmt.Count(punctualityCount)} one-shot triggers due evenly over 10 s on the "
                + "started, clustered scheduler; lateness is when the job ran minus when it was due. Baseline: a .NET timer per due time, "
                + $"on its own. Firings: {Fmt.Count(firingCount)} one-shot triggers all due at once, fired by the scheduler configured as the "
                + "silo configures it; the rate is their count over the time from start until the last ran. Baseline: the same on Quartz's "
                + "in-memory store. PostgreSQL here runs with fsync off (a test server).",
                figures,
                notes);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>Schedules <paramref name="count"/> deadlines on the embedded default job store (SQLite), then writes the same rows raw to the same file.</summary>
    private static async Task<(TimeSpan Scheduling, TimeSpan Raw)> ScheduleDeadlinesAsync(int count)
    {
        using var file = new TempSqliteFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        var connectionString = $"Data Source={file.Path}";
        var due = TimeProvider.System.GetUtcNow().AddDays(30);
        Func<int, DateTimeOffset> fireAt = i => due.AddSeconds(i);
        TimeSpan scheduling;
        await using (var quartz = await QuartzHost.FromOptionsAsync(new() { Provider = SchedulingProvider.Sqlite, ConnectionString = connectionString }, new FiringLog(0)))
        {
            var started = Stopwatch.GetTimestamp();
            for (var start = 0; start < count; start += 1000)
            {
                var batch = new Dictionary<Quartz.IJobDetail, IReadOnlyCollection<Quartz.ITrigger>>();
                for (var i = start; i < Math.Min(count, start + 1000); i++)
                {
                    var (item, occurrence) = Deadline(i, fireAt(i));
                    batch[ReminderQuartz.Job(item)] = [ReminderQuartz.Trigger(item, occurrence, TimeProvider.System)];
                }

                await quartz.Scheduler.ScheduleJobs(batch, Quartz.ScheduleJobOptions.Replacing);
            }

            scheduling = Stopwatch.GetElapsedTime(started);
        }

        var (sampleItem, sampleOccurrence) = Deadline(0, due);
        var rawStarted = Stopwatch.GetTimestamp();
        await RawTriggerRows.WriteAsync(
            async () =>
            {
                var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                return connection;
            },
            count, sampleItem.ToString(), ReminderJobData.Serialize(sampleOccurrence), fireAt);
        return (scheduling, Stopwatch.GetElapsedTime(rawStarted));
    }

    private static (ReminderItem Item, ReminderOccurrence Occurrence) Deadline(int i, DateTimeOffset fireAt)
    {
        var key = $"bench/deadline/report-{i}";
        var item = new ReminderItem(key, WheelItemKind.Deadline);
        return (item, new ReminderOccurrence($"{key}/due-0d", "bench", key, WheelItemKind.Deadline, null, ReminderKind.DueBefore, 0, Instant.FromDateTimeOffset(fireAt)));
    }

    private static async Task<(Latencies Quartz, Latencies Timer)> PunctualityAsync(string database, int count)
    {
        var quartzLog = new FiringLog(count);
        await using (var quartz = await QuartzHost.CreateAsync(database, quartzLog))
        {
            await quartz.Scheduler.Start();
            var first = TimeProvider.System.GetUtcNow().AddSeconds(3);
            await quartz.ScheduleAsync(count, i => first.AddSeconds(10.0 * i / count));
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
