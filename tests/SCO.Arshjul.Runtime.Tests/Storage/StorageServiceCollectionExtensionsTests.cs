using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The Add*GrainStorage registrations: one instance behind all three interfaces, the last call wins.</summary>
public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSqliteGrainStorage_OneInstanceServesAllInterfaces()
    {
        using var file = new TempSqliteFile();
        await using var provider = new ServiceCollection().AddSqliteGrainStorage(file.Path).BuildServiceProvider();

        var storage = Assert.IsType<SqliteGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.Same(storage, provider.GetRequiredService<IOutboxStore>());
        Assert.Same(storage, provider.GetRequiredService<IDeliveryAttemptLog>());
    }

    [Fact]
    public async Task AddPostgresGrainStorage_OneInstanceServesAllInterfaces()
    {
        await using var provider = new ServiceCollection().AddPostgresGrainStorage("Host=127.0.0.1;Database=unused").BuildServiceProvider();

        var storage = Assert.IsType<PostgresGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.Same(storage, provider.GetRequiredService<IOutboxStore>());
        Assert.Same(storage, provider.GetRequiredService<IDeliveryAttemptLog>());
    }

    [Fact]
    public async Task AddGrainStorage_CalledAgain_LaterRegistrationWins()
    {
        using var file = new TempSqliteFile();
        var services = new ServiceCollection().AddMemoryGrainStorage().AddSqliteGrainStorage(file.Path).AddMemoryGrainStorage();
        await using var provider = services.BuildServiceProvider();

        var storage = Assert.IsType<MemoryGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.Same(storage, provider.GetRequiredService<IOutboxStore>());
        Assert.Same(storage, provider.GetRequiredService<IDeliveryAttemptLog>());
        Assert.Single(services, d => d.ServiceType == typeof(IGrainStorage));
        Assert.Single(services, d => d.ServiceType == typeof(IOutboxStore));
        Assert.Single(services, d => d.ServiceType == typeof(IDeliveryAttemptLog));
    }

    [Fact]
    public async Task AddSqliteGrainStorage_AfterMemory_ReplacesEveryInterface()
    {
        using var file = new TempSqliteFile();
        var services = new ServiceCollection().AddMemoryGrainStorage().AddSqliteGrainStorage(file.Path);
        await using var provider = services.BuildServiceProvider();

        var log = Assert.IsType<SqliteGrainStorage>(Assert.Single(provider.GetServices<IDeliveryAttemptLog>()));
        Assert.Same(log, Assert.Single(provider.GetServices<IOutboxStore>()));
        Assert.Same(log, Assert.Single(provider.GetServices<IGrainStorage>()));
    }

    [Fact]
    public async Task AddMemoryGrainStorage_UsesRegisteredTimeProvider()
    {
        var clock = new StorageTestClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddMemoryGrainStorage().BuildServiceProvider();
        var storage = provider.GetRequiredService<IGrainStorage>();

        await storage.WriteAsync(new GrainId("meeting", "sco/meeting/x"), "{}", null, [new OutboxMessage("k", "i", "{}")], TestContext.Current.CancellationToken);

        var message = Assert.Single(await provider.GetRequiredService<IOutboxStore>().ReadPendingAsync(1, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(clock.Now, message.CreatedUtc);
    }
}
