using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel;

public sealed class AnnualWheelGrainTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateAsync_SmallPlan_PlansEveryItemAndIndexesActivitiesByDate()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);

        var generated = await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);

        Assert.Equal((1, YearPlanSource.Template, "wheel.generated"), (generated.Version, generated.Source, Assert.Single(generated.History).Action));
        var activities = await wheel.GetActivitiesAsync(_ct);
        Assert.Equal(
            [
                (WheelItemKind.InternalControlAdoption, "adoption"), (WheelItemKind.Meeting, SamplePlans.MeetingId), (WheelItemKind.Meeting, "2025-04-11-koll"),
                (WheelItemKind.Deadline, "2025-04-30-arsredovisning"), (WheelItemKind.Deadline, "2025-05-15-statusrapport"), (WheelItemKind.WorkEnvironmentTask, "2025-05-skyddsrond"),
                (WheelItemKind.InternalControl, "delegation"), (WheelItemKind.Meeting, "2025-08-21-planeringsdagar"), (WheelItemKind.InternalControl, "attest"),
                (WheelItemKind.InternalControlFollowUp, "follow-up"),
            ],
            activities.Select(a => (a.Kind, a.Id)));
        var joint = activities.Single(a => a.Id == "2025-08-21-planeringsdagar");
        Assert.Equal(
            ("sco/meeting/2025-08-21-planeringsdagar", true, new LocalDateTime(2025, 8, 21, 9, 0), (LocalDate?)null),
            (joint.GrainKey, joint.Assumed, joint.Start!.Value, joint.Due));
        Assert.Equal([SampleRoster.Board, SampleRoster.PreparationGroup], joint.BodyIds);
        Assert.Equal(MeetingStatus.Planned, (await silo.GrainFactory.GetGrain<IMeetingGrain>(joint.GrainKey).GetAsync(_ct)).Status);
        Assert.Equal(ChecklistStatus.Open, (await silo.GrainFactory.GetGrain<IDeadlineGrain>("sco/deadline/2025-05-15-statusrapport").GetAsync(_ct)).Status);
        var controls = await silo.GrainFactory.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025").GetAsync(_ct);
        Assert.Equal((InternalControlPlanStatus.Planned, 2), (controls.Status, controls.Controls.Count));
    }

    [Fact]
    public async Task GenerateAsync_SamePlanTwice_ChangesNothing()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);
        var first = await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
        var outbox = (await _host.Storage.ReadPendingAsync(1000, cancellationToken: _ct)).Count;
        _host.Clock.Advance(TimeSpan.FromDays(1));

        var second = await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
        Assert.Equal(outbox, (await _host.Storage.ReadPendingAsync(1000, cancellationToken: _ct)).Count);
        Assert.Equal(1, (await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).GetAsync(_ct)).Version);
    }

    [Fact]
    public async Task GenerateAsync_ChangedMeetingTimeWhilePlanned_UpdatesMeetingAndIndex()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);
        await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
        var moved = WheelSamples.Board with { Start = new LocalDateTime(2025, 3, 14, 13, 0), End = new LocalDateTime(2025, 3, 14, 16, 0) };

        var regenerated = await wheel.GenerateAsync(WheelSamples.Plan() with { Meetings = [moved, WheelSamples.Koll, WheelSamples.PlanningDays] }, "wheel-job", _ct);

        Assert.Equal(2, regenerated.Version);
        Assert.Equal(moved.Start, regenerated.Activities.Single(a => a.Id == SamplePlans.MeetingId).Start);
        Assert.Equal(Instant.FromUtc(2025, 3, 14, 12, 0), (await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).GetAsync(_ct)).StartsAt);
    }

    public static TheoryData<string, YearPlan> InvalidPlans() => new()
    {
        { GovernanceErrorCodes.OrganisationMismatch, WheelSamples.Plan(org: "annat") },
        { GovernanceErrorCodes.WheelYearMismatch, WheelSamples.Plan(year: 2026) },
        { GovernanceErrorCodes.WheelDuplicateActivity, WheelSamples.Plan() with { Meetings = [WheelSamples.Board, WheelSamples.Board] } },
        { GovernanceErrorCodes.RosterBodyUnknown, WheelSamples.Plan() with { Meetings = [WheelSamples.Board, WheelSamples.Koll with { BodyIds = ["koll-gruppen"] }] } },
        { GovernanceErrorCodes.TimeNonexistent, WheelSamples.Plan() with { Meetings = [WheelSamples.Board, WheelSamples.Koll with { Start = new LocalDateTime(2025, 3, 30, 2, 0) }] } },
        { GovernanceErrorCodes.TimeEndBeforeStart, WheelSamples.Plan() with { Meetings = [WheelSamples.Board, WheelSamples.Koll with { End = WheelSamples.Koll.Start }] } },
        { GovernanceErrorCodes.RosterPersonUnknown, WheelSamples.Plan() with { Deadlines = [WheelSamples.AnnualReport with { ResponsiblePersonId = "okand" }] } },
        { GovernanceErrorCodes.OrganisationMismatch, WheelSamples.Plan() with { WorkEnvironmentTasks = [WheelSamples.SafetyRound with { ResponsiblePersonId = "annat/dora-chef" }] } },
        { GovernanceErrorCodes.InternalControlRiskOutOfRange, WheelSamples.Plan() with { InternalControl = SamplePlans.ControlPlan(SamplePlans.Control("attest", probability: 5)) } },
    };

    [Theory]
    [MemberData(nameof(InvalidPlans))]
    public async Task GenerateAsync_InvalidPlan_ThrowsBeforeAnyItemIsPlanned(string code, YearPlan plan)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);

        await Expect.RejectedAndUnchangedAsync(code, () => wheel.GetAsync(_ct), () => wheel.GenerateAsync(plan, "wheel-job", _ct));

        Assert.Equal(MeetingStatus.NotPlanned, (await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).GetAsync(_ct)).Status);
        var pending = await _host.Storage.ReadPendingAsync(100, cancellationToken: _ct);
        Assert.Equal(["roster.changed"], pending.Select(m => m.Kind)); // only the roster's import
    }

    [Fact]
    public async Task GenerateAsync_ChangedPlanForInvitedMeeting_ThrowsAndKeepsIndex()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);
        await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
        await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).RecordInvitationSentAsync(SampleRoster.Director, _ct);
        var retitled = WheelSamples.Plan() with { Meetings = [WheelSamples.Board with { Title = "Styrelsemöte med budget" }, WheelSamples.Koll, WheelSamples.PlanningDays] };

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingPlanLocked, () => wheel.GetAsync(_ct), () => wheel.GenerateAsync(retitled, "wheel-job", _ct));
    }
}
