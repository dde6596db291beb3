namespace SCO.Arshjul.Runtime;

/// <summary>
/// Outgoing work caused by a grain's state change (a notification to send, a schedule to change), committed in the
/// same transaction as the state. A second message with the same <paramref name="IdempotencyKey"/> is ignored.
/// </summary>
/// <param name="Kind">What kind of work, e.g. <c>schedule.changed</c> or <c>notification</c>.</param>
/// <param name="IdempotencyKey">Unique per effect, e.g. <c>sco/decision/SCÖ 2024-2.13/due-14d</c>.</param>
/// <param name="Payload">JSON for the handler of <paramref name="Kind"/>.</param>
public sealed record OutboxMessage(string Kind, string IdempotencyKey, string Payload)
{
    /// <summary>Unique id of the message, assigned when it is enqueued.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();
}
