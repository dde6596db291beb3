using Quartz;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>Counts the Quartz jobs running now, so that a <see cref="QuartzWatch"/> can tell when the scheduler is idle.</summary>
internal sealed class InFlightJobs : IJobListener
{
    private int _running;

    public string Name => nameof(InFlightJobs);

    public int Running => Volatile.Read(ref _running);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _running);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Interlocked.Decrement(ref _running);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
