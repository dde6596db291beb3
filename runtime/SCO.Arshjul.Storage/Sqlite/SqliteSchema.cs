namespace SCO.Arshjul.Storage;

/// <summary>
/// The SQLite tables. Instants are ISO-8601 UTC text of fixed width (<see cref="SqliteDialect.InstantFormat"/>), so
/// that they sort as text; ids are text; the implicit rowid keeps outbox rows in insertion order.
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS arshjul_grain_state (
            grain_type      TEXT    NOT NULL,
            grain_key       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            payload         TEXT    NOT NULL,
            etag            INTEGER NOT NULL,
            updated_utc     TEXT    NOT NULL,
            PRIMARY KEY (grain_type, grain_key)
        );
        CREATE TABLE IF NOT EXISTS arshjul_outbox (
            id              TEXT    NOT NULL PRIMARY KEY,
            organisation_id TEXT    NOT NULL,
            source_type     TEXT    NOT NULL,
            source_key      TEXT    NOT NULL,
            kind            TEXT    NOT NULL,
            idempotency_key TEXT    NOT NULL UNIQUE,
            payload         TEXT    NOT NULL,
            created_utc     TEXT    NOT NULL,
            processed_utc   TEXT    NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            last_error      TEXT    NULL,
            status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
            next_attempt_utc TEXT   NOT NULL,
            claimed_by      TEXT    NULL,
            claimed_until   TEXT    NULL
        );
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_pending ON arshjul_outbox (created_utc) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_due ON arshjul_outbox (kind, next_attempt_utc) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_organisation ON arshjul_outbox (organisation_id, created_utc);
        CREATE TABLE IF NOT EXISTS arshjul_delivery_attempt (
            attempt_key     TEXT    NOT NULL PRIMARY KEY,
            state           TEXT    NOT NULL CHECK (state IN ('started', 'succeeded', 'failed')),
            attempts        INTEGER NOT NULL,
            in_doubt_count  INTEGER NOT NULL,
            started_utc     TEXT    NOT NULL,
            settled_utc     TEXT    NULL,
            last_error      TEXT    NULL
        );
        """;

    /// <summary>Per connection: wait for another writer (another silo on the same file) instead of failing at once.</summary>
    public const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";

    /// <summary>WAL lets readers run beside the one writer; the mode is kept in the file.</summary>
    public const string JournalMode = "PRAGMA journal_mode = WAL;";
}
