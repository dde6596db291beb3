using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Bench.Grains;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>A <see cref="TestSilo"/> on the system clock (not the manual one) with the bench grains; memory storage unless <c>configure</c> adds another.</summary>
public static class BenchSilo
{
    public static Task<TestSilo> StartAsync(Action<IServiceCollection>? configure = null) =>
        TestSilo.StartAsync(services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddGrain<IPingGrain, PingGrain>();
            services.AddGrain<IPayloadGrain, PayloadGrain>();
            configure?.Invoke(services);
        });
}
