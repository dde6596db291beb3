using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>Registers the grain runtime and grains.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>Adds the runtime: grain factory, silo (a hosted service), idle collector. A storage provider must be added too.</summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        var options = services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o =>
        {
            o.Validate();
            return true;
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainStateSerializer, JsonGrainStateSerializer>();
        services.TryAddSingleton(sp => new GrainTypeRegistry(sp.GetServices<GrainRegistration>()));
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton(sp => sp.GetRequiredService<GrainRuntime>().GrainFactory);
        services.TryAddSingleton<ActivationCollector>();
        services.TryAddSingleton(sp => new Silo(
            sp.GetRequiredService<GrainRuntime>(),
            sp.GetRequiredService<ActivationCollector>(),
            sp.GetRequiredService<IGrainStorage>(),
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Silo>>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<Silo>());
        return services;
    }

    /// <summary>Registers <typeparamref name="TGrain"/> as the implementation of <typeparamref name="TGrainInterface"/>.</summary>
    /// <exception cref="ArgumentException">The interface or class breaks a grain rule (e.g. a method not returning Task).</exception>
    public static IServiceCollection AddGrain<TGrainInterface, TGrain>(this IServiceCollection services)
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        GrainInterfaceRules.Validate(typeof(TGrainInterface), typeof(TGrain));
        services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TGrain), GrainInterfaceRules.TypeNameOf(typeof(TGrain))));
        return services;
    }
}
