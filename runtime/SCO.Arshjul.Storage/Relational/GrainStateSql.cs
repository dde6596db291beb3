namespace SCO.Arshjul.Storage;

/// <summary>
/// Statements on <c>arshjul_grain_state</c>, the same text on SQLite and PostgreSQL. Inserts and updates return the
/// new version, or no row when the expected version was not the stored one: the caller then reports a conflict.
/// </summary>
internal static class GrainStateSql
{
    public const string Select =
        "SELECT payload, etag FROM arshjul_grain_state WHERE grain_type = @type AND grain_key = @key";

    public const string SelectETag =
        "SELECT etag FROM arshjul_grain_state WHERE grain_type = @type AND grain_key = @key";

    // ON CONFLICT DO NOTHING: a row written meanwhile by another silo makes this return no row instead of failing.
    public const string Insert = """
        INSERT INTO arshjul_grain_state (grain_type, grain_key, organisation_id, payload, etag, updated_utc)
        VALUES (@type, @key, @organisation, @payload, 1, @now)
        ON CONFLICT (grain_type, grain_key) DO NOTHING
        RETURNING etag
        """;

    public const string Update = """
        UPDATE arshjul_grain_state SET payload = @payload, etag = etag + 1, updated_utc = @now
        WHERE grain_type = @type AND grain_key = @key AND etag = @etag
        RETURNING etag
        """;

    public const string Delete =
        "DELETE FROM arshjul_grain_state WHERE grain_type = @type AND grain_key = @key AND etag = @etag";
}
