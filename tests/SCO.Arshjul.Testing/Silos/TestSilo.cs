using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A silo for tests: in-memory storage unless <c>configure</c> adds another (the last storage registration wins), a
/// <see cref="ManualTimeProvider"/> clock, started on creation and stopped on dispose.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestSilo(ServiceProvider services, ManualTimeProvider clock)
    {
        _services = services;
        Clock = clock;
        Silo = services.GetRequiredService<Silo>();
    }

    public ManualTimeProvider Clock { get; }

    public Silo Silo { get; }

    public IGrainFactory GrainFactory => Silo.GrainFactory;

    public IServiceProvider Services => _services;

    public static async Task<TestSilo> StartAsync(
        Action<IServiceCollection> configure,
        ManualTimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        clock ??= new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(clock);
        services.AddGrainRuntime();
        services.AddMemoryGrainStorage();
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var silo = new TestSilo(provider, clock);
        await silo.Silo.StartAsync(cancellationToken);
        return silo;
    }

    /// <summary>Stops the silo (deactivating every activation) and disposes its services.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Silo.StopAsync(CancellationToken.None);
        }
        finally
        {
            await _services.DisposeAsync();
        }
    }
}
