using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Runtime.Tests.TestGrains;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Activation;

/// <summary>Starts a <see cref="TestSilo"/> with the runtime's test grains.</summary>
internal static class RuntimeTestSilo
{
    public static Task<TestSilo> StartAsync(Action<IServiceCollection>? configure = null, ManualTimeProvider? clock = null) =>
        TestSilo.StartAsync(
            services =>
            {
                services.AddGrain<ICounterGrain, CounterGrain>();
                services.AddGrain<IProbeGrain, ProbeGrain>();
                configure?.Invoke(services);
            },
            clock,
            TestContext.Current.CancellationToken);

    /// <summary>A key unique to this test run, so static probe logs never mix between tests.</summary>
    public static string UniqueKey(string kind) => $"test/{kind}/{Guid.NewGuid():N}";
}
