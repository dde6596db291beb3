using System.Collections.Concurrent;
using Quartz;
using SCO.Arshjul.Scheduling.Jobs;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>Collects the <see cref="ReminderFiring"/> results of every <see cref="ReminderJob"/> run.</summary>
internal sealed class FiringLog : IJobListener
{
    private readonly ConcurrentQueue<ReminderFiring> _firings = new();
    private readonly Arrivals _arrivals = new();

    public string Name => nameof(FiringLog);

    public IReadOnlyList<ReminderFiring> Firings => [.. _firings];

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (context.Result is ReminderFiring firing)
        {
            _firings.Enqueue(firing);
            _arrivals.Arrive();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Waits (in real time, at most 30 s) until at least <paramref name="count"/> reminders have run.</summary>
    public Task WaitForAsync(int count) =>
        _arrivals.WaitForAsync(count, () => $"firings, got {string.Join(", ", _firings.Select(f => f.Occurrence.Key))}");

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
