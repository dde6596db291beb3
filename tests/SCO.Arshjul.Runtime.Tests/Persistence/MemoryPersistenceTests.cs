using Microsoft.Extensions.DependencyInjection;

namespace SCO.Arshjul.Runtime.Tests.Persistence;

/// <summary>The runtime over the in-memory storage that unit tests use: its silos share one instance.</summary>
public sealed class MemoryPersistenceTests : PersistenceTests
{
    private readonly MemoryGrainStorage _storage = new();

    protected override void AddStorage(IServiceCollection services)
    {
        services.AddSingleton<IGrainStorage>(_storage);
        services.AddSingleton<IOutboxStore>(_storage);
    }
}
