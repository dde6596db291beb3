using SCO.Arshjul.Runtime.Tests.TestGrains;

namespace SCO.Arshjul.Runtime.Tests.Activation;

/// <summary>Stopping the silo while an activation is still in a turn.</summary>
public sealed class SiloStopTests
{
    [Fact]
    public async Task StopAsync_ActivationStuckInATurn_GivesUpWhenTheHostDoesAndDeactivatesTheRest()
    {
        await using var silo = await RuntimeTestSilo.StartAsync();
        var (stuck, idle) = (RuntimeTestSilo.UniqueKey("probe"), RuntimeTestSilo.UniqueKey("probe"));
        var gate = Guid.NewGuid().ToString();
        await silo.GrainFactory.GetGrain<IProbeGrain>(idle).RecordAsync("idle");
        var blocking = silo.GrainFactory.GetGrain<IProbeGrain>(stuck).WaitForGateAsync(gate);
        await ProbeGates.Get(gate + ":entered").Task.WaitAsync(TestContext.Current.CancellationToken);

        // The host's shutdown timeout ends the wait (the manual clock never reaches the response timeout): no exception.
        using var hostGivesUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await silo.Silo.StopAsync(hostGivesUp.Token);

        Assert.Equal(1, silo.Silo.ActivationCount);
        ProbeGates.Get(gate).SetResult();
        await blocking;
    }
}
