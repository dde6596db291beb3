namespace SCO.Arshjul.Storage;

/// <summary>
/// Grain state and outbox in PostgreSQL: for several silos on several machines. Owns a connection pool; dispose it
/// (the service container does) to close the connections.
/// </summary>
public sealed class PostgresGrainStorage : SqlGrainStorage
{
    /// <summary>Connects with <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=arshjul;Username=arshjul</c>.</param>
    /// <param name="timeProvider">Clock for <c>updated_utc</c> and <c>created_utc</c>; the system clock if null.</param>
    public PostgresGrainStorage(string connectionString, TimeProvider? timeProvider = null)
        : base(new PostgresDialect(connectionString), timeProvider)
    {
    }
}
