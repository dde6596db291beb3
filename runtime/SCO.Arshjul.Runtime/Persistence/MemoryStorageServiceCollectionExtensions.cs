using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Registers <see cref="MemoryGrainStorage"/> as the silo's <see cref="IGrainStorage"/>, <see cref="IOutboxStore"/> and
/// <see cref="IDeliveryAttemptLog"/>.
/// </summary>
public static class MemoryStorageServiceCollectionExtensions
{
    /// <summary>
    /// Grain state, outbox and delivery attempts in memory (tests): one singleton serves all three interfaces. Replaces
    /// any storage registered before.
    /// </summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<IGrainStorage>();
        services.RemoveAll<IOutboxStore>();
        services.RemoveAll<IDeliveryAttemptLog>();
        services.RemoveAll<MemoryGrainStorage>();
        services.AddSingleton(provider => new MemoryGrainStorage(provider.GetService<TimeProvider>()));
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<MemoryGrainStorage>());
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<MemoryGrainStorage>());
        services.AddSingleton<IDeliveryAttemptLog>(provider => provider.GetRequiredService<MemoryGrainStorage>());
        return services;
    }
}
