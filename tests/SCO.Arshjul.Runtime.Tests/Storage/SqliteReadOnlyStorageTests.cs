using Microsoft.Data.Sqlite;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary><see cref="SqliteGrainStorage.OpenReadOnly"/>: what the preview reads a silo's database with, never writing it.</summary>
public sealed class SqliteReadOnlyStorageTests
{
    private static readonly GrainId Meeting = new("meeting", "sco/meeting/2027-01-15-uppstartsdag");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenReadOnly_ReadsWhatTheSiloWrote_RefusesWritesAndLeavesTheFilesAsTheyWere()
    {
        using var file = new TempSqliteFile();
        var writer = new SqliteGrainStorage(file.Path);
        await writer.EnsureSchemaAsync(Ct);
        var etag = await writer.WriteAsync(Meeting, """{"title":"Uppstartsdag"}""", null, [new OutboxMessage("meeting.changed", "k1", "{}")], Ct);
        SqliteConnection.ClearAllPools(); // the silo stopped: its connections closed
        var before = StoredBytes.Of(file.Path);
        await using var reader = SqliteGrainStorage.OpenReadOnly(file.Path);

        var read = await reader.ReadAsync(Meeting, Ct);
        var write = await Record.ExceptionAsync(() => reader.WriteAsync(Meeting, "{}", etag, [], Ct));
        var missing = await reader.ReadAsync(new GrainId("meeting", "sco/meeting/none"), Ct);

        Assert.Equal(new StoredState("""{"title":"Uppstartsdag"}""", etag), read);
        Assert.Null(missing);
        Assert.Equal(8, Assert.IsType<SqliteException>(write).SqliteErrorCode); // SQLITE_READONLY
        Assert.Equal(before, StoredBytes.Of(file.Path));
        Assert.Equal(new StoredState("""{"title":"Uppstartsdag"}""", etag), await writer.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task OpenReadOnly_NoDatabaseYet_CreatesNothing()
    {
        using var file = new TempSqliteFile();
        await using var reader = SqliteGrainStorage.OpenReadOnly(file.Path);

        await Assert.ThrowsAsync<SqliteException>(() => reader.ReadAsync(Meeting, Ct));

        Assert.False(Directory.Exists(Path.GetDirectoryName(file.Path)));
    }
}
