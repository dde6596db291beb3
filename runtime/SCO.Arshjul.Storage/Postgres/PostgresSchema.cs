namespace SCO.Arshjul.Storage;

/// <summary>
/// The PostgreSQL tables. Instants are <c>timestamptz</c>; <c>seq</c> keeps outbox rows in insertion order.
/// Created under a transaction-scoped advisory lock: <c>CREATE TABLE IF NOT EXISTS</c> alone can still fail with a
/// unique violation in the catalog when two silos run it at the same moment.
/// </summary>
internal static class PostgresSchema
{
    // The advisory lock key is derived from a fixed name, so every silo of every version takes the same lock.
    public const string Create = """
        SELECT pg_advisory_xact_lock(hashtext('arshjul_schema'));
        CREATE TABLE IF NOT EXISTS arshjul_grain_state (
            grain_type      text        NOT NULL,
            grain_key       text        NOT NULL,
            organisation_id text        NOT NULL,
            payload         text        NOT NULL,
            etag            bigint      NOT NULL,
            updated_utc     timestamptz NOT NULL,
            PRIMARY KEY (grain_type, grain_key)
        );
        CREATE TABLE IF NOT EXISTS arshjul_outbox (
            id              uuid        NOT NULL PRIMARY KEY,
            seq             bigint      GENERATED ALWAYS AS IDENTITY,
            organisation_id text        NOT NULL,
            source_type     text        NOT NULL,
            source_key      text        NOT NULL,
            kind            text        NOT NULL,
            idempotency_key text        NOT NULL UNIQUE,
            payload         text        NOT NULL,
            created_utc     timestamptz NOT NULL,
            processed_utc   timestamptz NULL,
            attempts        integer     NOT NULL DEFAULT 0,
            last_error      text        NULL,
            status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
            next_attempt_utc timestamptz NOT NULL,
            claimed_by      text        NULL,
            claimed_until   timestamptz NULL
        );
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_pending ON arshjul_outbox (created_utc, seq) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_due ON arshjul_outbox (kind, next_attempt_utc) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS ix_arshjul_outbox_organisation ON arshjul_outbox (organisation_id, created_utc, seq);
        CREATE TABLE IF NOT EXISTS arshjul_delivery_attempt (
            attempt_key     text        NOT NULL PRIMARY KEY,
            state           text        NOT NULL CHECK (state IN ('started', 'succeeded', 'failed')),
            attempts        integer     NOT NULL,
            in_doubt_count  integer     NOT NULL,
            started_utc     timestamptz NOT NULL,
            settled_utc     timestamptz NULL,
            last_error      text        NULL
        );
        """;
}
