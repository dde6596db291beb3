using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>Scheduling many deadlines' reminders at once, beside writing the same rows with plain SQL.</summary>
public static class DeadlineScheduling
{
    /// <summary>Schedules <paramref name="count"/> deadlines on the embedded default job store (SQLite), then writes the same rows raw to the same file.</summary>
    public static async Task<(TimeSpan Scheduling, TimeSpan Raw)> MeasureAsync(int count)
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
}
