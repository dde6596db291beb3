using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// The silo's clock for a run that must see its short waits: reads and timers are those of the
/// <see cref="ManualTimeProvider"/>, and the waits pending now — one-shot timers created due within a minute, as
/// <c>Task.Delay</c> on this clock makes them — are known. In this silo only the Graph channel's per-mailbox rate limit
/// makes those: Quartz moves one timer of its own (<c>Change</c>), the idle collector's is periodic, and grain-call
/// timeouts are longer once the run sets <c>GrainRuntime:ResponseTimeout</c> above a minute.
/// </summary>
internal sealed class WaitWatchingClock(ManualTimeProvider clock) : TimeProvider
{
    private static readonly TimeSpan Short = TimeSpan.FromMinutes(1);
    private readonly object _lock = new();
    private readonly HashSet<Wait> _pending = [];

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => clock.TimestampFrequency;

    /// <summary>When the earliest wait pending now ends; null when none is pending.</summary>
    public DateTimeOffset? EarliestWaitEnd
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count == 0 ? null : _pending.Min(w => w.Due);
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan || dueTime <= TimeSpan.Zero || dueTime > Short)
        {
            return clock.CreateTimer(callback, state, dueTime, period);
        }

        var wait = new Wait(this, clock.GetUtcNow() + dueTime);
        Track(wait, pending: true);
        wait.Timer = clock.CreateTimer(
            s =>
            {
                Track(wait, pending: false);
                callback(s);
            },
            state,
            dueTime,
            period);
        return wait;
    }

    private void Track(Wait wait, bool pending)
    {
        lock (_lock)
        {
            _ = pending ? _pending.Add(wait) : _pending.Remove(wait);
        }
    }

    // A wait moved or disposed is no longer one.
    private sealed class Wait(WaitWatchingClock owner, DateTimeOffset due) : ITimer
    {
        public DateTimeOffset Due { get; } = due;

        public ITimer Timer { get; set; } = null!;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Track(this, pending: false);
            return Timer.Change(dueTime, period);
        }

        public void Dispose()
        {
            owner.Track(this, pending: false);
            Timer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
