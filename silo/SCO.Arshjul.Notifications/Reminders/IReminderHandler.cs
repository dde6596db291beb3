using NodaTime;

namespace SCO.Arshjul.Notifications.Reminders;

/// <summary>
/// Turns a fired reminder into notifications in the durable outbox (it sends nothing itself). It reads the item's
/// current state first: a reminder that no longer applies (item done, meeting cancelled) writes nothing. Safe to call
/// twice for the same occurrence (restart, cluster failover): idempotency keys make the second call write nothing.
/// </summary>
public interface IReminderHandler
{
    /// <summary>Handles <paramref name="occurrence"/>, fired at <paramref name="firedAt"/>.</summary>
    Task<ReminderOutcome> HandleAsync(ReminderOccurrence occurrence, Instant firedAt, CancellationToken cancellationToken = default);
}

/// <summary>What handling a reminder did.</summary>
/// <param name="Written">Notifications newly written to the outbox.</param>
/// <param name="SkippedBecause">Why nothing was written, if so (English, for logs).</param>
public sealed record ReminderOutcome(int Written, string? SkippedBecause = null);
