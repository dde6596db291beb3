namespace SCO.Arshjul.Silo.Hosting;

/// <summary>Where grain state and the outbox are kept. Section <c>Storage</c>; environment: <c>ARSHJUL_Storage__Provider</c> etc.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The provider.</summary>
    /// <value>The default value is <see cref="StorageProvider.Sqlite"/> (the embedded default).</value>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file, relative to the working directory.</summary>
    /// <value>The default value is <c>data/arshjul.db</c>.</value>
    public string SqlitePath { get; set; } = "data/arshjul.db";

    /// <summary>The PostgreSQL connection string (required when <see cref="Provider"/> is PostgreSQL). Never logged.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Throws with a plain message when the options cannot work.</summary>
    public void Validate()
    {
        switch (Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(SqlitePath):
                throw new InvalidOperationException("Storage:SqlitePath is empty; give the SQLite database file, e.g. data/arshjul.db.");
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(PostgresConnectionString):
                throw new InvalidOperationException(
                    "Storage:Provider is Postgres but Storage:PostgresConnectionString is empty (set ARSHJUL_Storage__PostgresConnectionString).");
        }
    }

    /// <summary>What the log may say about the storage: the provider and file, never credentials.</summary>
    public string Describe() => Provider switch
    {
        StorageProvider.Sqlite => $"SQLite ({Path.GetFullPath(SqlitePath)})",
        _ => "PostgreSQL",
    };
}
