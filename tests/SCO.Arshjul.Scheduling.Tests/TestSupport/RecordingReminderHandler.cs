using System.Collections.Concurrent;
using NodaTime;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>
/// A fake <see cref="IReminderHandler"/> that records each call and, given an outbox, writes one notification row keyed by
/// the occurrence (so a second call for it writes nothing, as the real handler's idempotency keys make sure).
/// </summary>
internal sealed class RecordingReminderHandler(IOutboxStore? outbox = null) : IReminderHandler
{
    public const string NotificationKind = "notification";

    private readonly ConcurrentQueue<(ReminderOccurrence Occurrence, Instant FiredAt)> _calls = new();
    private readonly Arrivals _arrivals = new();
    private readonly Arrivals _failures = new();
    private int _toFail;

    public IReadOnlyList<(ReminderOccurrence Occurrence, Instant FiredAt)> Calls => [.. _calls];

    public IReadOnlyList<string> Keys => [.. _calls.Select(c => c.Occurrence.Key)];

    /// <summary>Makes the next <paramref name="times"/> calls fail as a storage whose database is away does, writing nothing.</summary>
    public void FailNext(int times) => Volatile.Write(ref _toFail, times);

    public async Task<ReminderOutcome> HandleAsync(ReminderOccurrence occurrence, Instant firedAt, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _toFail) >= 0)
        {
            _failures.Arrive();
            throw new UnreachableDatabaseException();
        }

        var written = outbox is null
            ? 1
            : await outbox.AppendAsync(new GrainId("reminder", occurrence.ItemKey), [new OutboxMessage(NotificationKind, occurrence.Key, "{}")], cancellationToken);
        _calls.Enqueue((occurrence, firedAt));
        _arrivals.Arrive();
        return new ReminderOutcome(written);
    }

    /// <summary>Waits (in real time, at most 30 s) until at least <paramref name="count"/> calls failed as <see cref="FailNext"/> asked.</summary>
    public Task WaitForFailuresAsync(int count) => _failures.WaitForAsync(count, () => $"failed calls, {_failures.Count} so far");

    /// <summary>Waits (in real time, at most 30 s) until at least <paramref name="count"/> calls were made.</summary>
    public Task WaitForCallsAsync(int count) =>
        _arrivals.WaitForAsync(count, () => $"reminder calls, got {string.Join(", ", Keys)}");
}
