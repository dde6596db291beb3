using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace SCO.Arshjul.Testing;

/// <summary>
/// What a silo keeps on disk, as SHA-256 hashes by file name, to show that something changed none of it: a SQLite
/// database file, the frames of its write-ahead log, and every file of a directory (the file outbox). An empty or
/// missing -wal counts alike, and the -shm index is left out: SQLite's readers may leave those behind, holding no data.
/// </summary>
public static class StoredBytes
{
    /// <summary>
    /// Brings <paramref name="database"/> to rest before its bytes are taken: the process's pooled connections are
    /// closed and the write-ahead log is moved into the file and truncated. Otherwise a pooled connection that the pool
    /// prunes or closes later (the last one to close checkpoints the log) changes the file's bytes, though not its rows,
    /// while whatever is under test runs.
    /// </summary>
    public static async Task SettleAsync(string database, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The hashes of <paramref name="database"/> (and its -wal) and of every file in <paramref name="directory"/>, if given.</summary>
    public static SortedDictionary<string, string> Of(string database, string? directory = null)
    {
        var files = new[] { database, database + "-wal" }.Where(p => File.Exists(p) && new FileInfo(p).Length > 0)
            .Concat(directory is not null && Directory.Exists(directory) ? Directory.EnumerateFiles(directory) : []);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hashes[Path.GetFileName(file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return hashes;
    }
}
