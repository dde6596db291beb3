using System.Data.Common;

namespace SCO.Arshjul.Storage;

/// <summary>What differs between the SQL databases: connections, write transactions, the schema and value types.</summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>The column that keeps outbox rows in insertion order (the second sort key after created_utc).</summary>
    public abstract string InsertionOrderColumn { get; }

    /// <summary>Appended to the claim's row selection so that concurrent claimers skip rows another one holds; empty if none is needed.</summary>
    public virtual string ClaimLockClause => string.Empty;

    /// <summary>
    /// Appended to a read of one row inside a write transaction so that other writers wait for it until the transaction
    /// ends; empty if the write transaction already excludes them.
    /// </summary>
    public virtual string RowLockClause => string.Empty;

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that takes the write lock it needs before its first read.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task EnsureSchemaAsync(CancellationToken cancellationToken);

    public abstract object ToDb(Guid id);

    public abstract object ToDb(DateTimeOffset instant);

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    public abstract ValueTask DisposeAsync();
}
