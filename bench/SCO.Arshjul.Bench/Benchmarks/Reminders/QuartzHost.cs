using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using SCO.Arshjul.Scheduling;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>A Quartz scheduler configured as the silo configures it (<see cref="SchedulingServiceCollectionExtensions.ConfigureQuartz"/>), on the system clock.</summary>
public sealed class QuartzHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private QuartzHost(ServiceProvider services, IScheduler scheduler)
    {
        _services = services;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    /// <summary>A scheduler on PostgreSQL (clustered, as the silo runs it there) or in memory, not started; its store emptied.</summary>
    /// <param name="maxConcurrency">Threads (and so the acquisition batch); the silo's default when null.</param>
    public static Task<QuartzHost> CreateAsync(string? postgres, FiringLog log, int? maxConcurrency = null)
    {
        SCO.Arshjul.Scheduling.SchedulingOptions options = postgres is null
            ? new() { Provider = SchedulingProvider.Memory }
            : new() { Provider = SchedulingProvider.Postgres, ConnectionString = postgres, Clustered = true, InstanceId = "bench" };
        options.MaxConcurrency = maxConcurrency ?? options.MaxConcurrency;
        return FromOptionsAsync(options, log);
    }

    /// <summary>A scheduler with <paramref name="options"/>, not started; its store emptied.</summary>
    public static async Task<QuartzHost> FromOptionsAsync(SCO.Arshjul.Scheduling.SchedulingOptions options, FiringLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(log);
        services.AddTransient<BenchFiringJob>();
        services.AddQuartz(quartz => SchedulingServiceCollectionExtensions.ConfigureQuartz(quartz, options));
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Clear();
        return new QuartzHost(provider, scheduler);
    }

    /// <summary>A durable bench job <paramref name="name"/> and its one-shot trigger at <paramref name="fireAt"/>.</summary>
    /// <param name="reminderShaped">
    /// One run at a time per job, as the silo's <c>ReminderJob</c> (<c>[DisallowConcurrentExecution]</c>): then every firing
    /// round and completion of it takes the cluster's <c>TRIGGER_ACCESS</c> lock.
    /// </param>
    public static (IJobDetail Job, ITrigger Trigger) OneShot(string name, DateTimeOffset fireAt, bool reminderShaped = false)
    {
        var job = JobBuilder.Create<BenchFiringJob>()
            .WithIdentity(name, "bench").StoreDurably().RequestRecovery().DisallowConcurrentExecution(reminderShaped).Build();
        var trigger = TriggerBuilder.Create(TimeProvider.System)
            .WithIdentity(name, "bench")
            .ForJob(job)
            .StartAt(fireAt)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    /// <summary>
    /// Schedules <paramref name="count"/> bench jobs, the <c>i</c>th firing at <paramref name="fireAt"/>(i) (asked just before
    /// its batch is scheduled), in batches of <paramref name="batchSize"/> (one transaction each).
    /// </summary>
    public async Task ScheduleAsync(int count, Func<int, DateTimeOffset> fireAt, string prefix = "bench", int batchSize = 1000, bool reminderShaped = false)
    {
        for (var start = 0; start < count; start += batchSize)
        {
            var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            for (var i = start; i < Math.Min(count, start + batchSize); i++)
            {
                var (job, trigger) = OneShot($"{prefix}-{i}", fireAt(i), reminderShaped);
                batch[job] = [trigger];
            }

            await Scheduler.ScheduleJobs(batch, Quartz.ScheduleJobOptions.Replacing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Clear();
        await Scheduler.Shutdown(waitForJobsToComplete: false);
        await _services.DisposeAsync();
    }
}
