using Microsoft.Extensions.DependencyInjection;

namespace SCO.Arshjul.Silo.Startup;

/// <summary>Registers a node's start-up work: the roster and wheel bootstrap and the start that runs it per organisation.</summary>
public static class StartupServiceCollectionExtensions
{
    /// <summary>Adds <see cref="WheelBootstrapper"/>, <see cref="StartupProgress"/> and <see cref="WheelStartup"/>.</summary>
    public static IServiceCollection AddWheelStartup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<WheelBootstrapper>();
        services.AddSingleton<StartupProgress>();
        services.AddSingleton<WheelStartup>();
        return services;
    }
}
