using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Runtime.Tests.TestGrains;

namespace SCO.Arshjul.Runtime.Tests.Activation;

/// <summary>The fast path: a call to an active, idle activation runs at once on the caller's thread, keeping every guarantee.</summary>
public sealed class AtOnceCallTests
{
    [Fact]
    public async Task Call_ActiveIdleActivation_CompletesBeforeReturning()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));
        await probe.GetActivationCountAsync(); // activates

        var sum = probe.SumAsync(2, 40_000_000_000);

        Assert.True(sum.IsCompletedSuccessfully); // no mailbox entry, no thread-pool hop
        Assert.Equal(40_000_000_002, await sum);
    }

    [Fact]
    public async Task Call_WhileAtOnceCallIsSuspended_QueuesAndRunsAfterItInOrder()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var key = RuntimeTestSilo.UniqueKey("probe");
        var gate = Guid.NewGuid().ToString();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(key);
        await probe.GetActivationCountAsync();

        var blocking = probe.WaitForGateAsync(gate);
        Assert.True(ProbeGates.Get(gate + ":entered").Task.IsCompleted); // it ran at once, up to the gate
        var first = probe.RecordAsync("1");
        var second = probe.RecordAsync("2");
        Assert.False(first.IsCompleted);
        Assert.Empty(ProbeLog.For(key));

        ProbeGates.Get(gate).SetResult();
        await Task.WhenAll(blocking, first, second).WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["1", "2"], ProbeLog.For(key));
    }

    [Fact]
    public async Task Call_AtOnceCallRunningPastResponseTimeout_FailsWithTimeoutStillRunning()
    {
        await using var silo = await RuntimeTestSilo.StartAsync(s => s.Configure<GrainRuntimeOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        var key = RuntimeTestSilo.UniqueKey("probe");
        var gate = Guid.NewGuid().ToString();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(key);
        await probe.GetActivationCountAsync();

        var blocking = probe.WaitForGateAsync(gate);
        silo.Clock.Advance(TimeSpan.FromSeconds(6));
        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocking);
        ProbeGates.Get(gate).SetResult();
        await probe.RecordAsync("after");

        Assert.Contains("still running", error.Message, StringComparison.Ordinal);
        Assert.Equal(["after"], ProbeLog.For(key));
    }

    [Fact]
    public async Task Call_AtOnce_LeavesCallersCallChainAlone()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));
        await probe.GetActivationCountAsync();

        await probe.SumAsync(1, 1);

        Assert.Null(RequestContext.CallChain); // else the caller's next call would look like a call from the grain
    }

    [Fact]
    public async Task Call_CycleBetweenActiveGrains_FailsFastWithChain()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var (a, b) = (RuntimeTestSilo.UniqueKey("probe"), RuntimeTestSilo.UniqueKey("probe"));
        await silo.GrainFactory.GetGrain<IProbeGrain>(a).GetActivationCountAsync();
        await silo.GrainFactory.GetGrain<IProbeGrain>(b).GetActivationCountAsync();

        var error = await Assert.ThrowsAsync<GrainCallCycleException>(
            () => silo.GrainFactory.GetGrain<IProbeGrain>(a).ForwardAsync([b, a]));

        Assert.Contains($"probe:{a} → probe:{b} → probe:{a}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivateOnIdle_InAtOnceCall_NextCallReachesFreshActivation()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(RuntimeTestSilo.UniqueKey("probe"));
        await probe.GetActivationCountAsync();

        await probe.DeactivateAsync();

        Assert.Equal(2, await probe.GetActivationCountAsync());
    }
}
