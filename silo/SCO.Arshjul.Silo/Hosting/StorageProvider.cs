namespace SCO.Arshjul.Silo.Hosting;

/// <summary>The storage providers the silo can run on.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (WAL): the embedded default, for one node.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several nodes sharing one database.</summary>
    Postgres,
}
