using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <summary>
/// Registers a SQL storage provider as the silo's <see cref="IGrainStorage"/>, <see cref="IOutboxStore"/> and
/// <see cref="IDeliveryAttemptLog"/>.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Grain state, outbox and delivery attempts in the SQLite file at <paramref name="databasePath"/>: one singleton
    /// serves all three interfaces. Replaces any storage registered before.
    /// </summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return services.AddSqlGrainStorage(provider => new SqliteGrainStorage(databasePath, provider.GetService<TimeProvider>()));
    }

    /// <summary>
    /// Grain state, outbox and delivery attempts in the PostgreSQL database at <paramref name="connectionString"/>: one
    /// singleton serves all three interfaces. Replaces any storage registered before.
    /// </summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddSqlGrainStorage(provider => new PostgresGrainStorage(connectionString, provider.GetService<TimeProvider>()));
    }

    // The instance is registered under its own type (so the container disposes it) and every interface forwards to it.
    private static IServiceCollection AddSqlGrainStorage<TStorage>(this IServiceCollection services, Func<IServiceProvider, TStorage> create)
        where TStorage : SqlGrainStorage
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<IGrainStorage>();
        services.RemoveAll<IOutboxStore>();
        services.RemoveAll<IDeliveryAttemptLog>();
        services.RemoveAll<TStorage>();
        services.AddSingleton(create);
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<TStorage>());
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<TStorage>());
        services.AddSingleton<IDeliveryAttemptLog>(provider => provider.GetRequiredService<TStorage>());
        return services;
    }
}
