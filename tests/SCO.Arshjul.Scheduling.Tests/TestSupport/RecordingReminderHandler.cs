using System.Collections.Concurrent;
using NodaTime;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;

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

    public IReadOnlyList<(ReminderOccurrence Occurrence, Instant FiredAt)> Calls => [.. _calls];

    public IReadOnlyList<string> Keys => [.. _calls.Select(c => c.Occurrence.Key)];

    public async Task<ReminderOutcome> HandleAsync(ReminderOccurrence occurrence, Instant firedAt, CancellationToken cancellationToken = default)
    {
        var written = outbox is null
            ? 1
            : await outbox.AppendAsync(new GrainId("reminder", occurrence.ItemKey), [new OutboxMessage(NotificationKind, occurrence.Key, "{}")], cancellationToken);
        _calls.Enqueue((occurrence, firedAt));
        _arrivals.Arrive();
        return new ReminderOutcome(written);
    }

    /// <summary>Waits (in real time, at most 30 s) until at least <paramref name="count"/> calls were made.</summary>
    public Task WaitForCallsAsync(int count) =>
        _arrivals.WaitForAsync(count, () => $"reminder calls, got {string.Join(", ", Keys)}");
}
