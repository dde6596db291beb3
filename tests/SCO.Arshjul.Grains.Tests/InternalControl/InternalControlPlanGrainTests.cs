using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.InternalControl;

public sealed class InternalControlPlanGrainTests
{
    public const string Key = "sco/internal-control/2025";

    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanThenAdoptAsync_ValidPlan_IsAdoptedWithRiskValues()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(Key);

        var drafted = await plan.PlanAsync(SamplePlans.ControlPlan(), "wheel", _ct);
        _host.SetLocal(2025, 2, 14, 10);
        var adopted = await plan.AdoptAsync(SamplePlans.ControlPlan(), SampleRoster.Chair, _ct);

        Assert.Equal(InternalControlPlanStatus.Planned, drafted.Status);
        Assert.Equal((InternalControlPlanStatus.Adopted, 2025, SampleRoster.Chair), (adopted.Status, adopted.Year, adopted.AdoptedBy));
        Assert.Equal(Instant.FromUtc(2025, 2, 14, 9, 0), adopted.AdoptedAt);
        Assert.Equal([6, 12], adopted.Controls.Select(c => c.Risk));
        Assert.All(adopted.Controls, c => Assert.Null(c.Check));
        Assert.Equal(["internal-control.planned", "internal-control.adopted"], adopted.History.Select(h => h.Action));
    }

    [Fact]
    public async Task PlanAsync_SamePlanAfterAdoption_ChangesNothing()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(Key);
        var adopted = await plan.AdoptAsync(SamplePlans.ControlPlan(), SampleRoster.Chair, _ct);

        Assert.Equal(GovernanceJson.Serialize(adopted), GovernanceJson.Serialize(await plan.PlanAsync(SamplePlans.ControlPlan(), "wheel", _ct)));
        Assert.Equal(GovernanceJson.Serialize(adopted), GovernanceJson.Serialize(await plan.AdoptAsync(SamplePlans.ControlPlan(), SampleRoster.Chair, _ct)));
    }

    [Fact]
    public async Task CheckOffAsync_OkAndDeviation_RecordsOutcomeWhoAndWhen()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(Key);
        await plan.AdoptAsync(SamplePlans.ControlPlan(), SampleRoster.Chair, _ct);
        _host.SetLocal(2025, 5, 20, 14);
        await plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Ok, "20 fakturor granskade", "https://intranat.example.se/ik/attest"), SampleRoster.Auditor, _ct);
        _host.SetLocal(2025, 6, 2, 9);

        var checkedPlan = await plan.CheckOffAsync(
            new CheckOffControl("delegation", ControlResult.Deviation, "Två beslut saknade anmälan", ActionNote: "Rutin för anmälan av delegationsbeslut ses över"),
            "sco/" + SampleRoster.Director,
            _ct);

        var attest = checkedPlan.Controls.Single(c => c.Id == "attest").Check!;
        Assert.Equal(
            new ControlCheck(ControlResult.Ok, "20 fakturor granskade", "https://intranat.example.se/ik/attest", null, Instant.FromUtc(2025, 5, 20, 12, 0), SampleRoster.Auditor),
            attest);
        var delegation = checkedPlan.Controls.Single(c => c.Id == "delegation").Check!;
        Assert.Equal((ControlResult.Deviation, SampleRoster.Director, "Rutin för anmälan av delegationsbeslut ses över"), (delegation.Result, delegation.By, delegation.ActionNote));
        var last = checkedPlan.History[^1];
        Assert.Equal((SampleRoster.Director, "internal-control.checked", Instant.FromUtc(2025, 6, 2, 7, 0)), (last.Actor, last.Action, last.At));
        Assert.Contains("avvikelse", last.Details, StringComparison.Ordinal);
        var message = (await _host.Storage.ReadPendingAsync(100, "internal-control.changed", _ct))[^1];
        Assert.Equal($"{Key}/v3", message.IdempotencyKey);
        Assert.Equal("delegation", JsonSerializer.Deserialize<InternalControlChanged>(message.Payload, GovernanceJson.Options)!.ControlId);
    }
}
