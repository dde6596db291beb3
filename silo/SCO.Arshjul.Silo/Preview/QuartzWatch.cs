using System.Diagnostics;
using NodaTime;
using Quartz;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// Watches a scheduler on a <see cref="VirtualClock"/> for a <see cref="VirtualClockRun"/>: when its next trigger is
/// due, and whether it has done all that is due now. Quartz fires on its own threads, in real time.
/// </summary>
internal sealed class QuartzWatch
{
    // Real time Quartz may take to fire what is due (its threads run on the machine, not on the virtual clock).
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);
    private readonly IScheduler _scheduler;
    private readonly VirtualClock _clock;
    private readonly InFlightJobs _inFlight = new();

    public QuartzWatch(IScheduler scheduler, VirtualClock clock)
    {
        (_scheduler, _clock) = (scheduler, clock);
        scheduler.ListenerManager.AddJobListener(_inFlight);
    }

    /// <summary>When the next trigger is due: now if one has fired and its job not finished; null when none is left.</summary>
    public async Task<Instant?> NextFireAsync(CancellationToken cancellationToken)
    {
        var triggers = await _scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All }, cancellationToken);
        if (_inFlight.Running > 0 || triggers.Items.Any(t => t.NextFireTimeUtc is null))
        {
            return Instant.FromDateTimeOffset(_clock.GetUtcNow());
        }

        var next = triggers.Items.Select(t => t.NextFireTimeUtc).Min();
        return next is { } at ? Instant.FromDateTimeOffset(at) : null;
    }

    /// <summary>Waits until nothing due at the clock's time is left to fire and no job runs.</summary>
    /// <exception cref="TimeoutException">Quartz did not get there within 30 seconds of real time.</exception>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var idleChecks = 0;
        var waited = Stopwatch.StartNew();
        for (var attempt = 0; waited.Elapsed < IdleTimeout; attempt++)
        {
            var triggers = await _scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All }, cancellationToken);
            var due = triggers.Items.Any(t => t.NextFireTimeUtc is { } next && next <= now);

            // A one-shot trigger Quartz has fired keeps its place (without a next fire time) until its job has run:
            // between the firing and the job starting, which under load can take long, it is the only sign of work.
            var firedNotDone = triggers.Items.Any(t => t.NextFireTimeUtc is null);
            var idle = !due && !firedNotDone && _inFlight.Running == 0;

            // Idle at the first look: nothing was due, so nothing can start before the clock moves. Idle after work:
            // twice in a row, as a further guard, for a fired trigger and its job starting are not one atomic step.
            idleChecks = idle ? idleChecks + 1 : 0;
            if (idle && (attempt == 0 || idleChecks == 2))
            {
                return;
            }

            await Task.Delay(1, cancellationToken);
        }

        throw new TimeoutException($"Quartz did not fire what was due at {now:u} within {IdleTimeout.TotalSeconds} s.");
    }
}
