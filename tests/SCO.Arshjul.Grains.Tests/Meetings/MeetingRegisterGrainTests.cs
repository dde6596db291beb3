using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.AnnualWheel;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>The meeting register itself: filters, order, late upserts, other organisations, restarts.</summary>
public sealed class MeetingRegisterGrainTests
{
    private static readonly string[] All = [SamplePlans.MeetingId, WheelSamples.Koll.Id, WheelSamples.PlanningDays.Id];

    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_TimeRange_KeepsMeetingsOverlappingHalfOpenInterval()
    {
        await using var silo = await _host.StartWithRosterAsync();
        await MeetingRegisterSamples.PlanThreeAsync(silo, _ct);
        var register = MeetingRegisterSamples.Register(silo);
        var boardEnds = Instant.FromUtc(2025, 3, 14, 11, 0);
        var kollStarts = Instant.FromUtc(2025, 4, 11, 7, 0);

        Assert.Equal(All, await IdsAsync(register, new()));
        Assert.Equal([WheelSamples.Koll.Id], await IdsAsync(register, new(From: boardEnds, To: kollStarts + Duration.FromMinutes(1))));
        Assert.Empty(await IdsAsync(register, new(From: boardEnds, To: kollStarts)));
        Assert.Equal([SamplePlans.MeetingId], await IdsAsync(register, new(From: boardEnds - Duration.FromMinutes(1), To: kollStarts)));
        Assert.Equal([WheelSamples.PlanningDays.Id], await IdsAsync(register, new(From: Instant.FromUtc(2025, 8, 22, 0, 0), To: Instant.FromUtc(2025, 8, 23, 0, 0))));
        Assert.Equal([SamplePlans.MeetingId], await IdsAsync(register, new(To: kollStarts)));
        Assert.Equal([WheelSamples.Koll.Id, WheelSamples.PlanningDays.Id], await IdsAsync(register, new(From: boardEnds)));
    }

    [Fact]
    public async Task ListAsync_BodyAndStatus_EveryCriterionMustHold()
    {
        await using var silo = await _host.StartWithRosterAsync();
        await MeetingRegisterSamples.PlanThreeAsync(silo, _ct);
        await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).RecordInvitationSentAsync(SampleRoster.Director, _ct);
        var register = MeetingRegisterSamples.Register(silo);

        Assert.Equal([SamplePlans.MeetingId, WheelSamples.PlanningDays.Id], await IdsAsync(register, new(BodyId: SampleRoster.Board)));
        Assert.Equal([WheelSamples.Koll.Id, WheelSamples.PlanningDays.Id], await IdsAsync(register, new(BodyId: SampleRoster.PreparationGroup)));
        Assert.Empty(await IdsAsync(register, new(BodyId: SampleRoster.Office)));
        Assert.Equal([WheelSamples.Koll.Id, WheelSamples.PlanningDays.Id], await IdsAsync(register, new(Status: MeetingStatus.Planned)));
        Assert.Equal([WheelSamples.PlanningDays.Id], await IdsAsync(register, new(BodyId: SampleRoster.Board, Status: MeetingStatus.Planned)));
        Assert.Equal(
            [SamplePlans.MeetingId],
            await IdsAsync(register, new(Instant.FromUtc(2025, 1, 1, 0, 0), Instant.FromUtc(2025, 7, 1, 0, 0), SampleRoster.Board, MeetingStatus.InvitationSent)));
    }

    [Fact]
    public async Task ListAsync_SameStart_OrderedByKey()
    {
        await using var silo = await _host.StartWithRosterAsync();
        await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        var extra = SamplePlans.BoardMeeting("2025-03-14-arbetsutskott") with { ActivityId = "adhoc" };
        await silo.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/" + extra.Id).PlanAsync(extra, SampleRoster.Director, _ct);

        Assert.Equal([extra.Id, SamplePlans.MeetingId], await IdsAsync(MeetingRegisterSamples.Register(silo), new()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task ListAsync_EndNotAfterStart_IsRejected(int minutes)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var from = Instant.FromUtc(2025, 3, 1, 0, 0);

        await Expect.RejectedAsync(
            GovernanceErrorCodes.MeetingRegisterIntervalInvalid,
            () => MeetingRegisterSamples.Register(silo).ListAsync(new(From: from, To: from + Duration.FromMinutes(minutes)), _ct));
    }

    [Fact]
    public async Task UpsertAsync_LateOrRepeatedVersion_IsIgnored()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        var planned = Assert.Single(await MeetingRegisterSamples.Register(silo).ListAsync(cancellationToken: _ct));
        await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);
        var register = MeetingRegisterSamples.Register(silo);
        var current = Assert.Single(await register.ListAsync(cancellationToken: _ct));

        await register.UpsertAsync(planned, _ct);
        await register.UpsertAsync(current with { Status = MeetingStatus.Planned, Title = "Annat" }, _ct);

        Assert.Equal(GovernanceJson.Serialize(current), GovernanceJson.Serialize(Assert.Single(await register.ListAsync(cancellationToken: _ct))));
    }

    [Theory]
    [InlineData("annat/meeting/" + SamplePlans.MeetingId, GovernanceErrorCodes.OrganisationMismatch)]
    [InlineData("sco/decision/" + SamplePlans.MeetingId, GovernanceErrorCodes.KeyInvalid)]
    [InlineData("sco/meeting/ ", GovernanceErrorCodes.KeyInvalid)]
    public async Task UpsertAsync_KeyOfAnotherOrganisationOrKind_ThrowsAndKeepsState(string key, string code)
    {
        await using var silo = await _host.StartWithRosterAsync();
        await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        var register = MeetingRegisterSamples.Register(silo);
        var current = Assert.Single(await register.ListAsync(cancellationToken: _ct));

        await Expect.RejectedAndUnchangedAsync(
            code,
            () => register.ListAsync(cancellationToken: _ct),
            () => register.UpsertAsync(current with { Key = key, Version = 9 }, _ct));
    }

    [Fact]
    public async Task NewSilo_SameStorage_RegisterSurvivesAndContinues()
    {
        string before;
        await using (var first = await _host.StartWithRosterAsync())
        {
            await MeetingRegisterSamples.PlanThreeAsync(first, _ct);
            await first.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).RecordInvitationSentAsync(SampleRoster.Director, _ct);
            before = GovernanceJson.Serialize(await MeetingRegisterSamples.Register(first).ListAsync(cancellationToken: _ct));
        }

        await using var second = await _host.StartSiloAsync();
        var register = MeetingRegisterSamples.Register(second);

        Assert.Equal(before, GovernanceJson.Serialize(await register.ListAsync(cancellationToken: _ct)));
        await second.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/" + WheelSamples.Koll.Id).CancelAsync("Flyttas till hösten", SampleRoster.Director, _ct);
        Assert.Equal(
            [(SamplePlans.MeetingId, MeetingStatus.InvitationSent), (WheelSamples.Koll.Id, MeetingStatus.Cancelled), (WheelSamples.PlanningDays.Id, MeetingStatus.Planned)],
            (await register.ListAsync(cancellationToken: _ct)).Select(l => (l.Id, l.Status)));
    }

    private async Task<string[]> IdsAsync(IMeetingRegisterGrain register, MeetingRegisterFilter filter) =>
        [.. (await register.ListAsync(filter, _ct)).Select(l => l.Id)];
}
