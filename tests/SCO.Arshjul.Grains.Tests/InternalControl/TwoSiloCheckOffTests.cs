using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.InternalControl;

/// <summary>
/// Two silos on one storage (two nodes of a cluster) check off controls of one plan at the same time: every check-off
/// either is stored or told its caller it was not — a check-off marked [ReRunOnConflict] that loses its write to the
/// other silo is run again on the newer plan, so all of them land.
/// </summary>
public sealed class TwoSiloCheckOffTests
{
    private const string Key = "sco/internal-control/2025";
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckOffAsync_FromTwoSilosAtOnce_EveryCheckOffIsStored()
    {
        var ids = Enumerable.Range(1, 40).Select(i => $"kontroll-{i:00}").ToArray();
        await using var a = await _host.StartWithRosterAsync();
        await using var b = await _host.StartSiloAsync();
        await a.GrainFactory.GetGrain<IInternalControlPlanGrain>(Key)
            .AdoptAsync(SamplePlans.ControlPlan([.. ids.Select(id => SamplePlans.Control(id))]), SampleRoster.Chair, _ct);
        await b.GrainFactory.GetGrain<IInternalControlPlanGrain>(Key).GetAsync(_ct); // both silos hold the plan

        var checks = ids.Select((id, i) => Task.Run(
            () => (i % 2 == 0 ? a : b).GrainFactory.GetGrain<IInternalControlPlanGrain>(Key)
                .CheckOffAsync(new CheckOffControl(id, ControlResult.Ok, $"Stickprov {id}"), SampleRoster.Auditor, _ct),
            _ct)).ToArray();
        await Task.WhenAll(checks);

        var stored = await (await _host.StartSiloAsync()).GrainFactory.GetGrain<IInternalControlPlanGrain>(Key).GetAsync(_ct);
        Assert.All(ids, id => Assert.Equal($"Stickprov {id}", stored.Controls.Single(c => c.Id == id).Check?.Comment));
        Assert.Equal(1 + ids.Length, stored.Version); // adopted, then one write per check-off
    }
}
