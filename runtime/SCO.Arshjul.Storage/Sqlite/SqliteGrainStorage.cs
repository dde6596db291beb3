namespace SCO.Arshjul.Storage;

/// <summary>
/// Grain state and outbox in one SQLite file: the embedded default. Several storage instances (silos on one machine)
/// may share the file: WAL lets reads run beside writes, and each write takes the file's write lock first
/// (<c>BEGIN IMMEDIATE</c>), waiting up to 30 seconds for another writer.
/// </summary>
public sealed class SqliteGrainStorage : SqlGrainStorage
{
    /// <summary>Uses the database file at <paramref name="databasePath"/>, creating its directory if missing.</summary>
    /// <param name="databasePath">Path of the database file, e.g. <c>data/arshjul.db</c>.</param>
    /// <param name="timeProvider">Clock for <c>updated_utc</c> and <c>created_utc</c>; the system clock if null.</param>
    public SqliteGrainStorage(string databasePath, TimeProvider? timeProvider = null)
        : base(new SqliteDialect(databasePath), timeProvider)
    {
    }

    private SqliteGrainStorage(SqliteDialect dialect)
        : base(dialect, null)
    {
    }

    /// <summary>
    /// The existing database file at <paramref name="databasePath"/> opened for reading only: SQLite refuses every
    /// write (state, outbox, schema), nothing is created, and no connection stays open after a read. For reading what
    /// a silo keeps without touching it (the preview of what the wheel will send).
    /// </summary>
    public static SqliteGrainStorage OpenReadOnly(string databasePath) => new(new SqliteDialect(databasePath, readOnly: true));
}
