namespace SCO.Arshjul.Runtime;

/// <summary>An outbox message as stored, with the grain that caused it and its delivery state.</summary>
/// <param name="ProcessedUtc">When it was delivered; null until then.</param>
/// <param name="Attempts">Failed delivery attempts so far.</param>
/// <param name="LastError">The last attempt's error, kept after the message has failed for good.</param>
/// <param name="Status">One of <see cref="OutboxStatus"/>: pending, delivered or failed.</param>
/// <param name="NextAttemptUtc">When a pending message may be claimed next: its creation, then the retry time after a failure.</param>
public sealed record StoredOutboxMessage(
    Guid Id,
    GrainId Source,
    string Kind,
    string IdempotencyKey,
    string Payload,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? ProcessedUtc,
    int Attempts,
    string? LastError,
    string Status,
    DateTimeOffset NextAttemptUtc);
