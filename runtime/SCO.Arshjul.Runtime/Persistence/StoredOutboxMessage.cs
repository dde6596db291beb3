namespace SCO.Arshjul.Runtime;

/// <summary>An outbox message as stored, with the grain that caused it and its processing state.</summary>
public sealed record StoredOutboxMessage(
    Guid Id,
    GrainId Source,
    string Kind,
    string IdempotencyKey,
    string Payload,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? ProcessedUtc,
    int Attempts,
    string? LastError);
