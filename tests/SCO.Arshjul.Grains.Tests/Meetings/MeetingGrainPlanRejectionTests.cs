using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>Every rejected plan names its rule and leaves the meeting exactly as it was.</summary>
public sealed class MeetingGrainPlanRejectionTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<string, PlannedMeetingCase> InvalidPlans() => new()
    {
        { GovernanceErrorCodes.RosterBodyUnknown, new(p => p with { BodyIds = [SampleRoster.Board, "revisionsutskott"] }) },
        { GovernanceErrorCodes.TimeEndBeforeStart, new(p => p with { End = new LocalDateTime(2025, 3, 14, 8, 0) }) },
        { GovernanceErrorCodes.TimeEndBeforeStart, new(p => p with { End = p.Start }) },
        { GovernanceErrorCodes.TimeNonexistent, new(p => p with { Start = new LocalDateTime(2025, 3, 30, 2, 30), End = new LocalDateTime(2025, 3, 30, 4, 0) }) },
        { GovernanceErrorCodes.TimeOutOfRange, new(p => p with { Start = new LocalDateTime(9999, 12, 31, 22, 0), End = new LocalDateTime(9999, 12, 31, 23, 0) }) },
        { GovernanceErrorCodes.TimeOutOfRange, new(p => p with { Start = new LocalDateTime(1999, 12, 31, 9, 0) }) },
        { GovernanceErrorCodes.MeetingIdMismatch, new(p => p with { Id = "2025-03-15-styrelse" }) },
        { GovernanceErrorCodes.MeetingBodiesRequired, new(p => p with { BodyIds = [] }) },
        { GovernanceErrorCodes.Required, new(p => p with { Title = "  " }) },
    };

    [Theory]
    [MemberData(nameof(InvalidPlans))]
    public async Task PlanAsync_InvalidNewPlan_ThrowsAndCreatesNothing(string code, PlannedMeetingCase change)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        await Expect.RejectedAndUnchangedAsync(code, () => meeting.GetAsync(_ct), () => meeting.PlanAsync(change.Apply(SamplePlans.BoardMeeting()), "wheel", _ct));
        Assert.Equal(MeetingStatus.NotPlanned, (await meeting.GetAsync(_ct)).Status);
    }

    [Theory]
    [MemberData(nameof(InvalidPlans))]
    public async Task PlanAsync_InvalidUpdate_ThrowsAndKeepsState(string code, PlannedMeetingCase change)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        await Expect.RejectedAndUnchangedAsync(code, () => meeting.GetAsync(_ct), () => meeting.PlanAsync(change.Apply(SamplePlans.BoardMeeting()), "wheel", _ct));
    }

    [Fact]
    public async Task PlanAsync_EmptyActor_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.Required, () => meeting.GetAsync(_ct), () => meeting.PlanAsync(SamplePlans.BoardMeeting(), " ", _ct));
    }

    [Fact]
    public async Task RecordInvitationSentAsync_MeetingNotPlanned_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingNotPlanned, () => meeting.GetAsync(_ct), () => meeting.RecordInvitationSentAsync("dora-chef", _ct));
    }
}
