using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.AnnualWheel;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>The meeting grain keeps its line in the meeting register up to date after every write.</summary>
public sealed class MeetingRegisterUpdateTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanAsync_NewMeeting_AddsLineWithTimesAndWhoChangedIt()
    {
        await using var silo = await _host.StartWithRosterAsync();

        await silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey).PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        var line = Assert.Single(await MeetingRegisterSamples.Register(silo).ListAsync(cancellationToken: _ct));
        Assert.Equal(
            (SamplePlans.MeetingKey, SamplePlans.MeetingId, "styrelsemote", MeetingKind.BoardMeeting, "Styrelsemöte", "Kansliet, Linköping"),
            (line.Key, line.Id, line.ActivityId, line.Kind, line.Title, line.Location));
        Assert.Equal([SampleRoster.Board], line.BodyIds);
        Assert.Equal((new LocalDateTime(2025, 3, 14, 9, 0), new LocalDateTime(2025, 3, 14, 12, 0)), (line.Start, line.End));
        Assert.Equal((Instant.FromUtc(2025, 3, 14, 8, 0), Instant.FromUtc(2025, 3, 14, 11, 0)), (line.StartsAt, line.EndsAt));
        Assert.Equal((MeetingStatus.Planned, 0, false, 1), (line.Status, line.Sequence, line.Assumed, line.Version));
        Assert.Equal((Instant.FromDateTimeOffset(GrainTestHost.Start), "wheel"), (line.ChangedAt, line.ChangedBy));
    }

    [Fact]
    public async Task RescheduleAsync_InvitedMeeting_MovesLineAndReordersRegister()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var board = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await board.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await silo.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/" + WheelSamples.Koll.Id).PlanAsync(WheelSamples.Koll, "wheel", _ct);
        await board.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        _host.Clock.Advance(TimeSpan.FromHours(2));

        await board.RescheduleAsync(new LocalDateTime(2025, 9, 12, 13, 0), new LocalDateTime(2025, 9, 12, 16, 0), "Krock", SampleRoster.Chair, _ct);

        var lines = await MeetingRegisterSamples.Register(silo).ListAsync(cancellationToken: _ct);
        Assert.Equal([WheelSamples.Koll.Id, SamplePlans.MeetingId], lines.Select(l => l.Id)); // by start, not by key
        var moved = lines[^1];
        Assert.Equal((new LocalDateTime(2025, 9, 12, 13, 0), Instant.FromUtc(2025, 9, 12, 11, 0), Instant.FromUtc(2025, 9, 12, 14, 0)), (moved.Start, moved.StartsAt, moved.EndsAt));
        Assert.Equal((MeetingStatus.Rescheduled, 1, 3, SampleRoster.Chair), (moved.Status, moved.Sequence, moved.Version, moved.ChangedBy));
        Assert.Equal(Instant.FromDateTimeOffset(GrainTestHost.Start.AddHours(2)), moved.ChangedAt);
    }

    [Fact]
    public async Task CancelAsync_PlannedMeeting_LineShowsCancelledAndRejectedCommandLeavesIt()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        var register = MeetingRegisterSamples.Register(silo);

        await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);

        var line = Assert.Single(await register.ListAsync(cancellationToken: _ct));
        Assert.Equal((MeetingStatus.Cancelled, 1, 2), (line.Status, line.Sequence, line.Version));
        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingRescheduleNotAllowed,
            () => register.ListAsync(cancellationToken: _ct),
            () => meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Ny tid", SampleRoster.Chair, _ct));
    }

    [Fact]
    public async Task DeliveryRecords_EveryWrite_LineCarriesTheMeetingsVersion()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        await meeting.RecordCalendarEventAsync("AAMkAGI2TG93AAA=", "graph", _ct);

        var snapshot = await meeting.RecordInvitedAttendeesAsync([new InvitedAttendee(SampleRoster.Chair, true)], "graph", _ct);

        var line = Assert.Single(await MeetingRegisterSamples.Register(silo).ListAsync(cancellationToken: _ct));
        Assert.Equal((MeetingStatus.InvitationSent, 4, "graph"), (line.Status, line.Version, line.ChangedBy));
        Assert.Equal(snapshot.Version, line.Version);
    }

    [Fact]
    public async Task GenerateAsync_SmallPlanAndAnAdHocMeeting_EveryMeetingIsInRegister()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var adHoc = SamplePlans.BoardMeeting("2025-06-05-extra", new LocalDateTime(2025, 6, 5, 15, 0), new LocalDateTime(2025, 6, 5, 16, 0))
            with { ActivityId = "adhoc", Title = "Extra styrelsemöte" };
        await silo.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/" + adHoc.Id).PlanAsync(adHoc, SampleRoster.Director, _ct);

        var wheel = await silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key).GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);

        var lines = await MeetingRegisterSamples.Register(silo).ListAsync(cancellationToken: _ct);
        var wheelMeetings = wheel.Activities.Where(a => a.Kind == WheelItemKind.Meeting).Select(a => a.GrainKey).ToList();
        Assert.Equal(3, wheelMeetings.Count);
        Assert.Equal([.. wheelMeetings.Take(2), "sco/meeting/" + adHoc.Id, wheelMeetings[2]], lines.Select(l => l.Key));
        Assert.Equal(["styrelsemote", "koll", "adhoc", "planeringsdagar"], lines.Select(l => l.ActivityId));
        Assert.Equal([false, true, false, true], lines.Select(l => l.Assumed));
        Assert.All(lines, l => Assert.Equal((MeetingStatus.Planned, 1), (l.Status, l.Version)));
    }

    [Fact]
    public async Task GenerateAsync_SamePlanAfterRegisterLost_RestoresEveryLineWithoutWritingMeetings()
    {
        await using (var first = await _host.StartWithRosterAsync())
        {
            await first.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key).GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
        }

        var registerId = new GrainId("meeting-register", MeetingRegisterSamples.Key);
        var stored = await _host.Storage.ReadAsync(registerId, _ct);
        await _host.Storage.ClearAsync(registerId, stored!.ETag, _ct);
        await using var second = await _host.StartSiloAsync();
        Assert.Empty(await MeetingRegisterSamples.Register(second).ListAsync(cancellationToken: _ct));

        await second.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key).GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);

        var lines = await MeetingRegisterSamples.Register(second).ListAsync(cancellationToken: _ct);
        Assert.Equal([SamplePlans.MeetingId, WheelSamples.Koll.Id, WheelSamples.PlanningDays.Id], lines.Select(l => l.Id));
        Assert.All(lines, l => Assert.Equal((1, "wheel-job"), (l.Version, l.ChangedBy)));
    }
}
