using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Runtime.Tests.TestGrains;

namespace SCO.Arshjul.Runtime.Tests.Activation;

public sealed class IdleCollectionTests
{
    private static readonly TimeSpan Age = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Collect_ActivationsIdlePastAge_AreDeactivatedAndReleased()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(Configure);
        var keys = Enumerable.Range(0, 100).Select(_ => RuntimeTestSilo.UniqueKey("counter")).ToArray();
        await Task.WhenAll(keys.Select(k => silo.GrainFactory.GetGrain<ICounterGrain>(k).IncrementAsync()));
        var instance = WeakInstanceOf(silo, keys[0]);
        Assert.Equal(100, silo.Silo.ActivationCount);

        silo.Clock.Advance(Age + TimeSpan.FromSeconds(1));
        var collected = await silo.Silo.CollectIdleActivationsAsync();

        Assert.Equal(100, collected);
        Assert.Equal(0, silo.Silo.ActivationCount);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(instance.IsAlive);
        Assert.Equal(1, await silo.GrainFactory.GetGrain<ICounterGrain>(keys[0]).GetAsync()); // state reloads from storage
    }

    [Fact]
    public async Task Collect_RecentlyUsedActivation_IsKept()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(Configure);
        var old = silo.GrainFactory.GetGrain<ICounterGrain>(RuntimeTestSilo.UniqueKey("counter"));
        var recent = silo.GrainFactory.GetGrain<ICounterGrain>(RuntimeTestSilo.UniqueKey("counter"));
        await old.IncrementAsync();
        silo.Clock.Advance(Age - TimeSpan.FromMinutes(1));
        await recent.IncrementAsync();
        silo.Clock.Advance(TimeSpan.FromMinutes(2));

        var collected = await silo.Silo.CollectIdleActivationsAsync();

        Assert.Equal(1, collected);
        Assert.Equal(1, silo.Silo.ActivationCount);
    }

    [Fact]
    public async Task CollectionTimer_EveryQuantum_DeactivatesIdleActivations()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(s => Configure(s, TimeSpan.FromMinutes(1)));
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));
        await probe.RecordAsync("x");

        silo.Clock.Advance(Age + TimeSpan.FromMinutes(1)); // the collector's timer fires on its quantum

        await WaitUntilAsync(() => silo.Silo.ActivationCount == 0);
        Assert.Equal(0, silo.Silo.ActivationCount);
    }

    [Fact]
    public async Task DeactivateOnIdle_CallsQueuedBehind_ReachTheNextActivation()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(Configure);
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));

        var deactivate = probe.DeactivateAsync();
        var after = probe.GetActivationCountAsync();
        await deactivate;

        Assert.Equal(2, await after);
    }

    // A quantum longer than any test's clock advance: those tests collect explicitly.
    private static void Configure(IServiceCollection services) => Configure(services, TimeSpan.FromDays(1));

    private static void Configure(IServiceCollection services, TimeSpan quantum) =>
        services.Configure<GrainRuntimeOptions>(o =>
        {
            o.CollectionAge = Age;
            o.CollectionQuantum = quantum;
        });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakInstanceOf(Testing.TestSilo silo, string key)
    {
        var runtime = silo.Services.GetRequiredService<GrainRuntime>();
        runtime.Directory.TryGet(new GrainId("counter", key), out var activation);
        return new WeakReference(activation!.Instance);
    }

    // The collector's deactivations complete on the thread pool after the timer callback returns.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
