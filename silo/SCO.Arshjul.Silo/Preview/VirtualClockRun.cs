using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Quartz;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Changes;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// Runs a silo's live reminder path (Quartz on the clock, the reminder job and handler, change processing, the
/// notification outbox and its dispatcher) on a <see cref="VirtualClock"/>, day by day. Each day at 08:00 Stockholm
/// time (or at once, when the clock is already past it) the morning work runs (people acting on the wheel, e.g.
/// <see cref="PlanFollower"/>); the clock then moves to each instant a trigger is due, Quartz fires what is due, the
/// changes the reminders caused are synced, and the outbox is dispatched once its combine window has passed. The clock
/// moves only while nothing runs. Used by the preview and, with the tests' own silo, by the whole-year tests.
/// </summary>
internal sealed class VirtualClockRun
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private static readonly LocalTime MorningAt = new(8, 0);
    private readonly IServiceProvider _services;
    private readonly QuartzWatch _quartz;
    private readonly VirtualClock _clock;
    private readonly Func<LocalDate, CancellationToken, Task>? _morningWork;
    private readonly Func<Task, Task>? _pumpClockWhile;
    private readonly TimeSpan _dispatchDelay;
    private LocalDate? _nextDay;

    /// <param name="services">The silo's services: the outbox, the change processor, the dispatcher.</param>
    /// <param name="scheduler">The silo's scheduler, on <paramref name="clock"/>.</param>
    /// <param name="morningWork">What people do each morning, given the day; null when nobody acts.</param>
    /// <param name="pumpClockWhile">
    /// When the channel waits on the clock (the Graph channel's rate limit): runs beside each dispatcher pass, given it,
    /// until it has finished, moving the clock; null runs each pass with the clock still.
    /// </param>
    public VirtualClockRun(
        IServiceProvider services,
        IScheduler scheduler,
        VirtualClock clock,
        Func<LocalDate, CancellationToken, Task>? morningWork = null,
        Func<Task, Task>? pumpClockWhile = null)
    {
        (_services, _clock, _morningWork, _pumpClockWhile) = (services, clock, morningWork, pumpClockWhile);
        _quartz = new QuartzWatch(scheduler, clock);
        _dispatchDelay = services.GetRequiredService<IOptions<DispatcherOptions>>().Value.CombineWindow + TimeSpan.FromMinutes(1);
    }

    /// <summary>Stockholm's time zone, in which the days of the run are counted.</summary>
    public static DateTimeZone Zone => Stockholm;

    /// <summary>Runs every day not yet run (from the clock's day on), up to and including <paramref name="last"/>.</summary>
    public async Task RunThroughAsync(LocalDate last, CancellationToken cancellationToken)
    {
        for (var day = _nextDay ?? Today(); day <= last; day = day.PlusDays(1))
        {
            _nextDay = day.PlusDays(1);
            if (_morningWork is { } work)
            {
                var morning = day.At(MorningAt).InZoneLeniently(Stockholm).ToInstant();
                await FireDueBeforeAsync(morning, cancellationToken);
                MoveTo(morning);
                await work(day, cancellationToken);
                await SettleAndDispatchAsync(cancellationToken);
            }

            await FireDueBeforeAsync(day.PlusDays(1).AtStartOfDayInZone(Stockholm).ToInstant(), cancellationToken);
        }

        await SettleAndDispatchAsync(cancellationToken);
    }

    private async Task FireDueBeforeAsync(Instant limit, CancellationToken cancellationToken)
    {
        while (await _quartz.NextFireAsync(cancellationToken) is { } next && next < limit)
        {
            MoveTo(next);
            await SettleAndDispatchAsync(cancellationToken);
        }
    }

    // Quartz fires on its own threads: wait until nothing due is left and nothing runs, then sync the changes the
    // reminders caused (a kallelse sent changes the meeting), and wait again for what that re-timed; then deliver.
    private async Task SettleAndDispatchAsync(CancellationToken cancellationToken)
    {
        var changes = _services.GetRequiredService<ChangeProcessor>();
        do
        {
            await _quartz.IdleAsync(cancellationToken);
        }
        while (await changes.ProcessPendingAsync(cancellationToken) > 0);

        var outbox = _services.GetRequiredService<IOutboxStore>();
        if ((await outbox.ReadPendingAsync(1, NotificationOutbox.Kind, cancellationToken)).Count > 0)
        {
            _clock.Advance(_dispatchDelay); // past the dispatcher's combine window
            await DispatchAsync(cancellationToken);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        var dispatcher = _services.GetRequiredService<NotificationDispatcher>();
        DispatchResult result;
        do
        {
            var pass = dispatcher.DispatchDueAsync(cancellationToken);
            if (_pumpClockWhile is { } pump)
            {
                await pump(pass);
            }

            result = await pass;
        }
        while (result.Claimed > 0);
    }

    private void MoveTo(Instant instant)
    {
        var target = instant.ToDateTimeOffset();
        if (target > _clock.GetUtcNow())
        {
            _clock.SetUtcNow(target);
        }
    }

    private Instant Now() => Instant.FromDateTimeOffset(_clock.GetUtcNow());

    private LocalDate Today() => Now().InZone(Stockholm).Date;
}
