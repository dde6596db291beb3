using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SCO.Arshjul.Runtime;

/// <summary>Registers <see cref="MemoryGrainStorage"/> as the silo's <see cref="IGrainStorage"/> and <see cref="IOutboxStore"/>.</summary>
public static class MemoryStorageServiceCollectionExtensions
{
    /// <summary>
    /// Grain state and outbox in memory (tests): one singleton serves both interfaces. Replaces any storage
    /// registered before.
    /// </summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<IGrainStorage>();
        services.RemoveAll<IOutboxStore>();
        services.RemoveAll<MemoryGrainStorage>();
        services.AddSingleton(provider => new MemoryGrainStorage(provider.GetService<TimeProvider>()));
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<MemoryGrainStorage>());
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<MemoryGrainStorage>());
        return services;
    }
}
