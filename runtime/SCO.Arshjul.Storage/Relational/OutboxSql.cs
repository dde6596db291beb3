namespace SCO.Arshjul.Storage;

/// <summary>Statements on <c>arshjul_outbox</c>, the same text on SQLite and PostgreSQL.</summary>
internal static class OutboxSql
{
    // Only the idempotency key is a conflict target: a second message for the same effect is dropped silently,
    // while the same message id twice still violates the primary key and rolls the whole write back.
    public const string Insert = """
        INSERT INTO arshjul_outbox (id, organisation_id, source_type, source_key, kind, idempotency_key, payload, created_utc)
        VALUES (@id, @organisation, @type, @key, @kind, @idempotency, @payload, @now)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    public const string MarkProcessed =
        "UPDATE arshjul_outbox SET processed_utc = @processed WHERE id = @id AND processed_utc IS NULL";

    public const string RecordFailure =
        "UPDATE arshjul_outbox SET attempts = attempts + 1, last_error = @error WHERE id = @id";

    /// <summary>Pending messages, oldest first; ties (same instant) in insertion order.</summary>
    public static string SelectPending(string insertionOrderColumn, bool byKind) => $"""
        SELECT id, source_type, source_key, kind, idempotency_key, payload, created_utc, processed_utc, attempts, last_error
        FROM arshjul_outbox
        WHERE processed_utc IS NULL{(byKind ? " AND kind = @kind" : "")}
        ORDER BY created_utc, {insertionOrderColumn}
        LIMIT @max
        """;
}
