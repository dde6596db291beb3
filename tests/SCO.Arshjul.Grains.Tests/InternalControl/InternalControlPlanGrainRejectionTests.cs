using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.InternalControl;

/// <summary>Every rejected internal-control command names its rule and leaves the plan exactly as it was.</summary>
public sealed class InternalControlPlanGrainRejectionTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<string, PlannedInternalControlPlan> InvalidPlans() => new()
    {
        { GovernanceErrorCodes.InternalControlRiskOutOfRange, SamplePlans.ControlPlan(SamplePlans.Control("attest", probability: 0)) },
        { GovernanceErrorCodes.InternalControlRiskOutOfRange, SamplePlans.ControlPlan(SamplePlans.Control("attest", consequence: 5)) },
        { GovernanceErrorCodes.InternalControlDuplicateControl, SamplePlans.ControlPlan(SamplePlans.Control("attest"), SamplePlans.Control("attest")) },
        { GovernanceErrorCodes.InternalControlResponsibleNotAuthorised, SamplePlans.ControlPlan(SamplePlans.Control("attest", responsible: SampleRoster.Staff)) },
        { GovernanceErrorCodes.RosterPersonUnknown, SamplePlans.ControlPlan(SamplePlans.Control("attest", responsible: "okand")) },
        { GovernanceErrorCodes.OrganisationMismatch, SamplePlans.ControlPlan(SamplePlans.Control("attest", responsible: "annat/" + SampleRoster.Auditor)) },
        { GovernanceErrorCodes.Required, SamplePlans.ControlPlan(SamplePlans.Control("attest") with { Method = "" }) },
    };

    [Theory]
    [MemberData(nameof(InvalidPlans))]
    public async Task AdoptAsync_InvalidPlan_ThrowsAndKeepsState(string code, PlannedInternalControlPlan invalid)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(InternalControlPlanGrainTests.Key);
        await plan.PlanAsync(SamplePlans.ControlPlan(), "wheel", _ct);

        await Expect.RejectedAndUnchangedAsync(code, () => plan.GetAsync(_ct), () => plan.AdoptAsync(invalid, SampleRoster.Chair, _ct));
        await Expect.RejectedAndUnchangedAsync(code, () => plan.GetAsync(_ct), () => plan.PlanAsync(invalid, "wheel", _ct));
    }

    [Fact]
    public async Task AdoptAsync_DifferentPlanOnceAdopted_ThrowsAndKeepsState()
    {
        var (silo, plan) = await AdoptedAsync();
        await using var _ = silo;
        var changed = SamplePlans.ControlPlan(SamplePlans.Control("attest"));

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.InternalControlPlanLocked, () => plan.GetAsync(_ct), () => plan.AdoptAsync(changed, SampleRoster.Chair, _ct));
        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.InternalControlPlanLocked, () => plan.GetAsync(_ct), () => plan.PlanAsync(changed, "wheel", _ct));
    }

    [Fact]
    public async Task CheckOffAsync_ControlAlreadyChecked_ThrowsAndKeepsState()
    {
        var (silo, plan) = await AdoptedAsync();
        await using var _ = silo;
        await plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Ok, "Granskat"), SampleRoster.Auditor, _ct);

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.InternalControlAlreadyChecked,
            () => plan.GetAsync(_ct),
            () => plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Deviation, "Ny granskning", ActionNote: "Åtgärd"), SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task CheckOffAsync_SameCheckAgainBySameChecker_ChangesNothingAndIsNotRefused()
    {
        var (silo, plan) = await AdoptedAsync();
        await using var _ = silo;
        var check = new CheckOffControl("attest", ControlResult.Deviation, "Två fakturor utan attest", "https://intranat.example.se/ik/attest", "Rutinen ses över");
        var first = await plan.CheckOffAsync(check, SampleRoster.Auditor, _ct);

        var again = await plan.CheckOffAsync(check with { Comment = " Två fakturor utan attest ", ActionNote = "Rutinen ses över " }, "sco/" + SampleRoster.Auditor, _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(again));
        Assert.Equal(first.Version, (await plan.GetAsync(_ct)).Version);
        await Expect.RejectedAndUnchangedAsync( // the same outcome by someone else is another check: refused
            GovernanceErrorCodes.InternalControlAlreadyChecked, () => plan.GetAsync(_ct), () => plan.CheckOffAsync(check, SampleRoster.Director, _ct));
    }

    public static TheoryData<string, CheckOffControl, string> InvalidChecks() => new()
    {
        { GovernanceErrorCodes.InternalControlActionNoteRequired, new("attest", ControlResult.Deviation, "Saknad attest"), SampleRoster.Auditor },
        { GovernanceErrorCodes.InternalControlActionNoteRequired, new("attest", ControlResult.Deviation, "Saknad attest", ActionNote: "  "), SampleRoster.Auditor },
        { GovernanceErrorCodes.InternalControlEvidenceUrlInvalid, new("attest", ControlResult.Ok, "Granskat", "ftp://server/underlag.pdf"), SampleRoster.Auditor },
        { GovernanceErrorCodes.InternalControlEvidenceUrlInvalid, new("attest", ControlResult.Ok, "Granskat", "underlag/attest.pdf"), SampleRoster.Auditor },
        { GovernanceErrorCodes.InternalControlUnknownControl, new("inkop", ControlResult.Ok, "Granskat"), SampleRoster.Auditor },
        { GovernanceErrorCodes.Required, new("attest", ControlResult.Ok, " "), SampleRoster.Auditor },
        { GovernanceErrorCodes.InternalControlCheckerNotAuthorised, new("attest", ControlResult.Ok, "Granskat"), SampleRoster.Staff },
        { GovernanceErrorCodes.InternalControlCheckerNotAuthorised, new("attest", ControlResult.Ok, "Granskat"), SampleRoster.Chair },
        { GovernanceErrorCodes.RosterPersonUnknown, new("attest", ControlResult.Ok, "Granskat"), "okand" },
        { GovernanceErrorCodes.OrganisationMismatch, new("attest", ControlResult.Ok, "Granskat"), "annat/" + SampleRoster.Auditor },
        { GovernanceErrorCodes.Required, new("attest", ControlResult.Ok, "Granskat"), "" },
    };

    [Theory]
    [MemberData(nameof(InvalidChecks))]
    public async Task CheckOffAsync_InvalidCheck_ThrowsAndKeepsState(string code, CheckOffControl check, string checker)
    {
        var (silo, plan) = await AdoptedAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(code, () => plan.GetAsync(_ct), () => plan.CheckOffAsync(check, checker, _ct));
    }

    [Fact]
    public async Task CheckOffAsync_PlanNotAdopted_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(InternalControlPlanGrainTests.Key);
        var check = new CheckOffControl("attest", ControlResult.Ok, "Granskat");
        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.InternalControlNotPlanned, () => plan.GetAsync(_ct), () => plan.CheckOffAsync(check, SampleRoster.Auditor, _ct));
        await plan.PlanAsync(SamplePlans.ControlPlan(), "wheel", _ct);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.InternalControlNotAdopted, () => plan.GetAsync(_ct), () => plan.CheckOffAsync(check, SampleRoster.Auditor, _ct));
    }

    [Fact]
    public async Task PlanAsync_KeyWithoutYear_Throws()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>("sco/internal-control/i-ar");

        await Expect.RejectedAsync(GovernanceErrorCodes.KeyInvalid, () => plan.PlanAsync(SamplePlans.ControlPlan(), "wheel", _ct));
    }

    private async Task<(TestSilo Silo, IInternalControlPlanGrain Plan)> AdoptedAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(InternalControlPlanGrainTests.Key);
        await plan.AdoptAsync(SamplePlans.ControlPlan(), SampleRoster.Chair, _ct);
        return (silo, plan);
    }
}
