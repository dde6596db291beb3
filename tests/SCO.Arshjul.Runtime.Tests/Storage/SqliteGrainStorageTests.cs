using System.Data.Common;
using Microsoft.Data.Sqlite;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The storage contract on SQLite: silos are storage instances on the same file.</summary>
public sealed class SqliteGrainStorageTests : SqlGrainStorageContractTests<SqliteGrainStorage>
{
    private string? _mainPath;

    [Fact]
    public async Task EnsureSchemaAsync_CreatesDirectoryAndUsesWal()
    {
        var journalMode = Assert.Single(await QueryAsync("PRAGMA journal_mode"));

        Assert.Equal("wal", journalMode[0]);
        Assert.True(File.Exists(_mainPath));
    }

    protected override Task<Func<SqliteGrainStorage>> CreateDatabaseAsync()
    {
        var file = new TempSqliteFile();
        AfterTest(() =>
        {
            file.Dispose();
            return ValueTask.CompletedTask;
        });
        _mainPath ??= file.Path;
        return Task.FromResult(() => new SqliteGrainStorage(file.Path, Clock));
    }

    protected override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection($"Data Source={_mainPath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
