using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Runtime.Tests.TestGrains;

namespace SCO.Arshjul.Runtime.Tests.Activation;

public sealed class TimeoutAndCycleTests
{
    [Fact]
    public void ResponseTimeout_Default_Is30Seconds() => Assert.Equal(TimeSpan.FromSeconds(30), new GrainRuntimeOptions().ResponseTimeout);

    [Fact]
    public async Task Call_WaitingPastResponseTimeout_FailsWithTimeoutAndNeverRuns()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(s => s.Configure<GrainRuntimeOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        var key = RuntimeTestSilo.UniqueKey("probe");
        var gate = Guid.NewGuid().ToString();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(key);

        var blocking = probe.WaitForGateAsync(gate);
        await ProbeGates.Get(gate + ":entered").Task.WaitAsync(TestContext.Current.CancellationToken);
        var queued = probe.RecordAsync("must not run");
        silo.Clock.Advance(TimeSpan.FromSeconds(6));

        var queuedError = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        var blockingError = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocking);
        ProbeGates.Get(gate).SetResult();
        await probe.RecordAsync("after");

        Assert.Contains("it was not run", queuedError.Message, StringComparison.Ordinal);
        Assert.Contains("still running", blockingError.Message, StringComparison.Ordinal);
        Assert.Equal(["after"], ProbeLog.For(key));
    }

    [Fact]
    public async Task Call_CycleThroughAnotherGrain_FailsFastWithChain()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var a = RuntimeTestSilo.UniqueKey("probe");
        var b = RuntimeTestSilo.UniqueKey("probe");

        var error = await Assert.ThrowsAsync<GrainCallCycleException>(
            () => silo.GrainFactory.GetGrain<IProbeGrain>(a).ForwardAsync([b, a]));

        Assert.Contains($"probe:{a} → probe:{b} → probe:{a}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_ToItself_FailsFast()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var a = RuntimeTestSilo.UniqueKey("probe");

        await Assert.ThrowsAsync<GrainCallCycleException>(() => silo.GrainFactory.GetGrain<IProbeGrain>(a).ForwardAsync([a]));
    }

    [Fact]
    public async Task Call_ChainWithoutCycle_Succeeds()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var (a, b, c) = (RuntimeTestSilo.UniqueKey("probe"), RuntimeTestSilo.UniqueKey("probe"), RuntimeTestSilo.UniqueKey("probe"));

        var route = await silo.GrainFactory.GetGrain<IProbeGrain>(a).ForwardAsync([b, c]);

        Assert.Equal($"{a} > {b} > {c}", route);
    }
}
