using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Storage;

namespace SCO.Arshjul.Silo.Hosting;

/// <summary>Everything a silo needs: the grain runtime, its storage, the governance grains.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>How long a node's activation trusts its state when several nodes share PostgreSQL (unless <c>GrainRuntime:StateFreshness</c> says otherwise).</summary>
    public static readonly TimeSpan ClusterStateFreshness = TimeSpan.FromSeconds(1);

    /// <summary>Adds the silo, reading <c>Storage</c> and <c>GrainRuntime</c> from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddArshjulSilo(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        storage.Validate();
        services.AddSingleton(storage);
        services.AddGrainRuntime(options =>
        {
            // Several nodes on PostgreSQL: a node's activations look again at what another node may have written
            // (GrainRuntime:StateFreshness) after a second, unless set; one SQLite node makes every write itself.
            if (storage.Provider == StorageProvider.Postgres)
            {
                options.StateFreshness = ClusterStateFreshness;
            }

            configuration.GetSection("GrainRuntime").Bind(options);
        });
        _ = storage.Provider switch
        {
            StorageProvider.Postgres => services.AddPostgresGrainStorage(storage.PostgresConnectionString!),
            _ => services.AddSqliteGrainStorage(storage.SqlitePath),
        };
        services.AddArshjulGrains();
        return services;
    }

    /// <summary>
    /// Registers the loaded <paramref name="configuration"/> and the organisations it serves
    /// (<see cref="ServedOrganisations"/>), against which the settings keyed by organisation (organiser and Graph
    /// mailboxes) are checked at start.
    /// </summary>
    public static IServiceCollection AddArshjulConfiguration(this IServiceCollection services, ArshjulConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration);
        services.AddSingleton(new ServedOrganisations([.. configuration.Organisations.Select(o => o.Id)]));
        return services;
    }
}
