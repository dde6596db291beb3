using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Notifications.Tests.Channels.File;

/// <summary>A file is replaced whole or left as it was.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("arshjul-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WriteAsync_Existing_ReplacedWhole()
    {
        var path = Path.Combine(_directory, "m.eml");
        await AtomicFile.WriteAsync(path, "first", TestContext.Current.CancellationToken);

        await AtomicFile.WriteAsync(path, "second åäö", TestContext.Current.CancellationToken);

        Assert.Equal("second åäö", await System.IO.File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteAsync_InterruptedBeforeTheMove_KeepsOldFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory, "m.eml");
        await AtomicFile.WriteAsync(path, "first", TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(path, "second", new CancellationToken(canceled: true)));

        Assert.Equal("first", await System.IO.File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }
}
