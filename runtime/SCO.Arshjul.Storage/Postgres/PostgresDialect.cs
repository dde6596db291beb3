using System.Data.Common;
using Npgsql;

namespace SCO.Arshjul.Storage;

/// <summary>PostgreSQL through one <see cref="NpgsqlDataSource"/> (its connection pool).</summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource = CreateDataSource(connectionString);

    public override string InsertionOrderColumn => "seq";

    // Two nodes claiming at once lock disjoint rows instead of waiting for (and then re-checking) each other's.
    public override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    // A delivery attempt is read, changed and written back: a second node wanting the same row waits, then reads the change.
    public override string RowLockClause => "FOR UPDATE";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    // READ COMMITTED is enough: the conditional INSERT … ON CONFLICT and UPDATE … WHERE etag = @etag take the row
    // lock and re-check after a concurrent writer commits, so the second writer sees no row and reports the conflict.
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var create = connection.CreateCommand(PostgresSchema.Create, transaction);
        await create.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override object ToDb(Guid id) => id;

    // Npgsql writes a DateTimeOffset to timestamptz only when its offset is zero.
    public override object ToDb(DateTimeOffset instant) => instant.ToUniversalTime();

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    // The same few statements run over and over (state reads and writes, outbox claims): prepared on the server after
    // their second use, they are no longer parsed and planned each time. A connection string's own setting wins.
    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        return builder.Build();
    }
}
