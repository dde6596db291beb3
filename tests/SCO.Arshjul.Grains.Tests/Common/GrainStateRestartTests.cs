using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Grains.Tests.AnnualWheel;
using SCO.Arshjul.Grains.Tests.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Tests.Common;

/// <summary>Every grain's state survives deactivation: a second silo on the same storage reads it back whole.</summary>
public sealed class GrainStateRestartTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewSilo_SameStorage_ReadsEveryGrainBackAndContinues()
    {
        string before;
        await using (var first = await _host.StartWithRosterAsync())
        {
            var grains = first.GrainFactory;
            await grains.GetGrain<IAnnualWheelGrain>(WheelSamples.Key).GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
            await grains.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).RecordInvitationSentAsync(SampleRoster.Director, _ct);
            await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
            await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).AddNoteAsync("Påbörjat", SampleRoster.Director, _ct);
            var controls = grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025");
            await controls.AdoptAsync(WheelSamples.Plan().InternalControl, SampleRoster.Chair, _ct);
            await controls.CheckOffAsync(new CheckOffControl("attest", ControlResult.Deviation, "Saknad attest", "https://example.se/a", "Påminn attestanter"), SampleRoster.Auditor, _ct);
            await grains.GetGrain<IDeadlineGrain>("sco/deadline/2025-04-30-arsredovisning").CompleteAsync("Beslutad § 12", SampleRoster.Director, _ct);
            before = await ReadAllAsync(grains);
        }

        await using var second = await _host.StartSiloAsync();

        Assert.Equal(before, await ReadAllAsync(second.GrainFactory));
        var next = await second.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key).ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        Assert.Equal((3, 3), (next.Version, next.History.Count));
    }

    /// <summary>Every grain's snapshot, as one JSON string.</summary>
    private async Task<string> ReadAllAsync(IGrainFactory grains) => GovernanceJson.Serialize(new object[]
    {
        await grains.GetGrain<IOrganisationRosterGrain>("sco/roster").GetAsync(_ct),
        await grains.GetGrain<IAnnualWheelGrain>(WheelSamples.Key).GetAsync(_ct),
        await grains.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).GetAsync(_ct),
        await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).GetAsync(_ct),
        await grains.GetGrain<IDecisionRegisterGrain>("sco/decision-register").ListAsync(new DecisionRegisterFilter(At: NodaTime.Instant.FromUtc(2025, 6, 1, 0, 0)), _ct),
        await grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025").GetAsync(_ct),
        await grains.GetGrain<IDeadlineGrain>("sco/deadline/2025-04-30-arsredovisning").GetAsync(_ct),
        await grains.GetGrain<IWorkEnvironmentTaskGrain>("sco/sam-task/2025-05-skyddsrond").GetAsync(_ct),
    });
}
