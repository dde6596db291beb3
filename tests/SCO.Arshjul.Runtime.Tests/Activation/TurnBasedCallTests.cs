using SCO.Arshjul.Runtime.Tests.TestGrains;

namespace SCO.Arshjul.Runtime.Tests.Activation;

public sealed class TurnBasedCallTests
{
    [Fact]
    public async Task GetGrain_ConcurrentCallsToOneKey_ShareOneActivation()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var key = RuntimeTestSilo.UniqueKey("counter");

        var ids = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(_ => Task.Run(() => silo.GrainFactory.GetGrain<ICounterGrain>(key).GetInstanceIdAsync())));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, silo.Silo.ActivationCount);
    }

    [Fact]
    public async Task IncrementAsync_ThousandConcurrentCalls_AppliesEveryOneOnce()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>(RuntimeTestSilo.UniqueKey("counter"));

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(counter.IncrementAsync)));

        Assert.Equal(1000, await counter.GetAsync());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order()); // each call saw the one before it complete
    }

    [Fact]
    public async Task Calls_IssuedInOrder_RunInArrivalOrder()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var key = RuntimeTestSilo.UniqueKey("probe");
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(key);

        var calls = Enumerable.Range(0, 100).Select(i => probe.RecordAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ProbeLog.For(key));
    }

    [Fact]
    public async Task Call_GrainThrows_ExceptionReachesCallerAndGrainStaysUsable()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => probe.FailAsync("bad input"));

        Assert.Equal("bad input", error.Message);
        Assert.Equal(1, await probe.GetActivationCountAsync());
    }

    [Fact]
    public async Task Call_ActivationFails_CallerGetsErrorAndNextCallActivatesAgain()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>($"test/probe/{Guid.NewGuid():N}/fails-to-activate");

        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.RecordAsync("x"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.RecordAsync("y"));

        Assert.Equal(0, silo.Silo.ActivationCount);
    }

    [Fact]
    public async Task GetGrain_KeyWithoutOrganisation_Throws()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => silo.GrainFactory.GetGrain<IProbeGrain>("no-organisation"));

        Assert.Contains("organisation id", error.Message, StringComparison.Ordinal);
    }
}
