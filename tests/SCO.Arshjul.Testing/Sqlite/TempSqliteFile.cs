using Microsoft.Data.Sqlite;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A path for a SQLite database in a fresh temporary directory, deleted (with its -wal and -shm files) on dispose.
/// The file's own directory is not created, so that a provider's "create the directory" is exercised too.
/// </summary>
public sealed class TempSqliteFile : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"arshjul-sqlite-{Guid.NewGuid():N}");

    /// <summary>Creates the path; nothing is written to disk yet.</summary>
    public TempSqliteFile() => Path = System.IO.Path.Combine(_directory, "data", "arshjul.db");

    /// <summary>The database file, e.g. <c>/tmp/arshjul-sqlite-…/data/arshjul.db</c>.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        // Pooled connections keep the file open; the pool key is the provider's own connection string, so clear all.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
