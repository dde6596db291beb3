using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SCO.Arshjul.Storage;

/// <summary>SQLite: one database file, WAL, and writes in <c>BEGIN IMMEDIATE</c> transactions.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>ISO-8601 UTC of fixed width: sorts as text in time order.</summary>
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string _connectionString;

    /// <param name="readOnly">
    /// Open the existing file for reading only (SQLite refuses any write), create nothing, and keep no connection
    /// open once a read is done: what reads a database that another process owns.
    /// </param>
    public SqliteDialect(string databasePath, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        if (!readOnly)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = !readOnly,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string InsertionOrderColumn => "rowid";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand(SqliteSchema.ConnectionPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // BEGIN IMMEDIATE takes the write lock first: the ETag check and the write that follows see no other writer between them,
    // and a claim's selection and update are one step that no other claimer can interleave with.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var journal = connection.CreateCommand(SqliteSchema.JournalMode))
        {
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var create = connection.CreateCommand(SqliteSchema.Create, transaction);
        await create.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override object ToDb(Guid id) => id.ToString("D");

    public override object ToDb(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Pooled connections are shared by every instance on the same file; nothing of its own to release.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
