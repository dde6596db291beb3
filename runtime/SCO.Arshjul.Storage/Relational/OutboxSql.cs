namespace SCO.Arshjul.Storage;

/// <summary>
/// Statements on <c>arshjul_outbox</c>, the same text on SQLite and PostgreSQL but for the insertion-order column and
/// the row-locking clause of a claim. Every settlement clears the claim (<c>claimed_by</c>, <c>claimed_until</c>).
/// </summary>
internal static class OutboxSql
{
    /// <summary>The columns <see cref="SqlGrainStorage"/> reads a message from, in this order.</summary>
    public const string Columns =
        "id, source_type, source_key, kind, idempotency_key, payload, created_utc, processed_utc, attempts, last_error, status, next_attempt_utc";

    // Only the idempotency key is a conflict target: a second message for the same effect is dropped silently,
    // while the same message id twice still violates the primary key and rolls the whole write back.
    public const string Insert = """
        INSERT INTO arshjul_outbox (id, organisation_id, source_type, source_key, kind, idempotency_key, payload, created_utc, next_attempt_utc)
        VALUES (@id, @organisation, @type, @key, @kind, @idempotency, @payload, @now, @now)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    public const string MarkProcessed = """
        UPDATE arshjul_outbox SET status = 'delivered', processed_utc = @processed, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status <> 'delivered'
        """;

    public const string RecordFailure = """
        UPDATE arshjul_outbox SET attempts = attempts + 1, last_error = @error, next_attempt_utc = @next, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'
        """;

    public const string MarkFailed = """
        UPDATE arshjul_outbox SET status = 'failed', attempts = attempts + 1, last_error = @error, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'
        """;

    public const string Release = """
        UPDATE arshjul_outbox SET next_attempt_utc = @next, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'pending'
        """;

    // Only a failed message: a pending one may be held by a dispatcher right now, and a delivered one is done. One
    // statement, so of two concurrent requeues the second finds the row pending (PostgreSQL re-checks after the lock).
    public const string Requeue = """
        UPDATE arshjul_outbox SET status = 'pending', attempts = 0, next_attempt_utc = @now, claimed_by = NULL, claimed_until = NULL
        WHERE id = @id AND status = 'failed'
        """;

    public const string SelectById = $"SELECT {Columns} FROM arshjul_outbox WHERE id = @id";

    /// <summary>Pending messages, oldest first; ties (same instant) in insertion order.</summary>
    public static string SelectPending(string insertionOrderColumn, bool byKind) => $"""
        SELECT {Columns}
        FROM arshjul_outbox
        WHERE status = 'pending'{(byKind ? " AND kind = @kind" : "")}
        ORDER BY created_utc, {insertionOrderColumn}
        LIMIT @max
        """;

    /// <summary>Messages of any status, newest first, each filter optional.</summary>
    public static string List(string insertionOrderColumn, bool byOrganisation, bool byKind, bool byStatus) => $"""
        SELECT {Columns}
        FROM arshjul_outbox
        WHERE 1 = 1{(byOrganisation ? " AND organisation_id = @org" : "")}{(byKind ? " AND kind = @kind" : "")}{(byStatus ? " AND status = @status" : "")}
        ORDER BY created_utc DESC, {insertionOrderColumn} DESC
        LIMIT @max
        """;

    /// <summary>
    /// Claims the oldest due, unheld pending messages of one kind in one statement and returns them with their
    /// insertion order as a last column (RETURNING keeps no order). <paramref name="lockClause"/> makes concurrent
    /// claimers skip each other's rows (PostgreSQL); SQLite needs none, as its write transaction excludes other writers.
    /// </summary>
    public static string Claim(string insertionOrderColumn, string lockClause) => $"""
        UPDATE arshjul_outbox SET claimed_by = @owner, claimed_until = @lease
        WHERE id IN (
            SELECT id FROM arshjul_outbox
            WHERE status = 'pending' AND kind = @kind AND next_attempt_utc <= @now
              AND (claimed_until IS NULL OR claimed_until <= @now)
            ORDER BY created_utc, {insertionOrderColumn}
            LIMIT @max {lockClause})
        RETURNING {Columns}, {insertionOrderColumn}
        """;
}
