namespace SCO.Arshjul.Notifications.Composition;

/// <summary>What a composer made of a reminder: notifications to write (and what to record once written), or why none.</summary>
/// <param name="AfterEnqueue">
/// Runs after the notifications are in the outbox, e.g. recording the kallelse as sent. Enqueue first, record after:
/// a crash in between re-runs harmlessly, since the idempotency keys make the second enqueue write nothing.
/// </param>
internal sealed record ComposedReminder(
    IReadOnlyList<Notification> Notifications,
    string? SkippedBecause,
    Func<CancellationToken, Task>? AfterEnqueue = null)
{
    public static ComposedReminder Skip(string reason) => new([], reason);

    public static ComposedReminder Write(IReadOnlyList<Notification> notifications, Func<CancellationToken, Task>? afterEnqueue = null) =>
        notifications.Count == 0 ? Skip("no recipients in the roster") : new(notifications, null, afterEnqueue);
}
