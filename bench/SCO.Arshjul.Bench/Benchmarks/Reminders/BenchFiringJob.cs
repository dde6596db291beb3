using Quartz;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>A job that only notes when it fired, so that the figures are Quartz's own.</summary>
public sealed class BenchFiringJob(FiringLog log) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        log.Record(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, TimeProvider.System.GetUtcNow());
        return ValueTask.CompletedTask;
    }
}
