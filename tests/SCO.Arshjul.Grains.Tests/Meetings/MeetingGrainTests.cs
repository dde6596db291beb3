using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Meetings;

public sealed class MeetingGrainTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanAsync_NewMeeting_CreatesPlannedMeetingWithUtcInstants()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        var snapshot = await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        Assert.Equal(MeetingStatus.Planned, snapshot.Status);
        Assert.Equal(Instant.FromUtc(2025, 3, 14, 8, 0), snapshot.StartsAt);
        Assert.Equal(Instant.FromUtc(2025, 3, 14, 11, 0), snapshot.EndsAt);
        Assert.Equal([SampleRoster.Board], snapshot.BodyIds);
        Assert.Equal(3, snapshot.Agenda.Count);
        Assert.Equal((1, 0), (snapshot.Version, snapshot.Sequence));
        var entry = Assert.Single(snapshot.History);
        Assert.Equal(("wheel", "meeting.planned", Instant.FromDateTimeOffset(GrainTestHost.Start)), (entry.Actor, entry.Action, entry.At));
    }

    [Fact]
    public async Task PlanAsync_SamePlanTwice_ChangesNothing()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        var first = await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        _host.Clock.Advance(TimeSpan.FromHours(1));

        var second = await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
    }

    [Fact]
    public async Task PlanAsync_ChangedPlanWhilePlanned_UpdatesMeeting()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        var updated = await meeting.PlanAsync(SamplePlans.BoardMeeting() with { Location = "Digitalt" }, "dora-chef", _ct);

        Assert.Equal(("Digitalt", 2, "meeting.plan-updated"), (updated.Location, updated.Version, updated.History[^1].Action));
    }

    [Fact]
    public async Task Lifecycle_PlannedToMinutesApproved_RecordsEveryStepWithWhoAndWhen()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        _host.SetLocal(2025, 2, 28, 10);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        _host.SetLocal(2025, 3, 7, 10);
        await meeting.RecordPapersSentAsync(SampleRoster.Director, _ct);
        _host.SetLocal(2025, 3, 14, 9);
        await meeting.MarkHeldAsync(SampleRoster.Chair, _ct);
        _host.SetLocal(2025, 3, 18, 15);

        var done = await meeting.ApproveMinutesAsync(SampleRoster.Chair, _ct);

        Assert.Equal(MeetingStatus.MinutesApproved, done.Status);
        Assert.Equal(Instant.FromUtc(2025, 2, 28, 9, 0), done.InvitationSentAt);
        Assert.Equal(Instant.FromUtc(2025, 3, 7, 9, 0), done.PapersSentAt);
        Assert.Equal(Instant.FromUtc(2025, 3, 14, 8, 0), done.HeldAt);
        Assert.Equal(Instant.FromUtc(2025, 3, 18, 14, 0), done.MinutesApprovedAt);
        Assert.Equal(
            ["meeting.planned", "meeting.invitation-sent", "meeting.papers-sent", "meeting.held", "meeting.minutes-approved"],
            done.History.Select(h => h.Action));
        Assert.Equal(["wheel", SampleRoster.Director, SampleRoster.Director, SampleRoster.Chair, SampleRoster.Chair], done.History.Select(h => h.Actor));
        Assert.Equal(done.MinutesApprovedAt, done.History[^1].At);
        Assert.Equal(5, done.Version);
    }

    [Fact]
    public async Task Lifecycle_EveryChange_EnqueuesMeetingChangedWithVersionedIdempotencyKey()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Krock med medlemsråd", SampleRoster.Director, _ct);

        var messages = await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct);

        Assert.Equal([$"{SamplePlans.MeetingKey}/v1", $"{SamplePlans.MeetingKey}/v2", $"{SamplePlans.MeetingKey}/v3"], messages.Select(m => m.IdempotencyKey));
        var last = JsonSerializer.Deserialize<MeetingChanged>(messages[^1].Payload, GovernanceJson.Options)!;
        Assert.Equal(("meeting.rescheduled", MeetingStatus.Rescheduled, 1, Instant.FromUtc(2025, 3, 21, 8, 0)), (last.Action, last.Status, last.Sequence, last.StartsAt));
    }

    [Fact]
    public async Task RescheduleAsync_InvitedMeeting_RaisesSequenceAndWaitsForNewInvitation()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);

        var moved = await meeting.RescheduleAsync(
            new LocalDateTime(2025, 4, 4, 13, 0), new LocalDateTime(2025, 4, 4, 16, 0), "Ordföranden sjuk", SampleRoster.Director, _ct);

        Assert.Equal((MeetingStatus.Rescheduled, 1), (moved.Status, moved.Sequence));
        Assert.Equal(Instant.FromUtc(2025, 4, 4, 11, 0), moved.StartsAt); // summer time from 30 March
        Assert.Contains("Ordföranden sjuk", moved.History[^1].Details, StringComparison.Ordinal);
        Assert.Equal((new LocalDateTime(2025, 4, 4, 13, 0), new LocalDateTime(2025, 4, 4, 16, 0)), (moved.Start, moved.End));
        await Expect.RejectedAsync(GovernanceErrorCodes.MeetingInvalidTransition, () => meeting.RecordPapersSentAsync(SampleRoster.Director, _ct));

        var reinvited = await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        Assert.Equal((MeetingStatus.InvitationSent, 1), (reinvited.Status, reinvited.Sequence));
    }

    [Fact]
    public async Task CancelAsync_InvitedMeeting_CancelsWithReasonAndRaisesSequence()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);

        var cancelled = await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);

        Assert.Equal((MeetingStatus.Cancelled, 1, "Inga ärenden"), (cancelled.Status, cancelled.Sequence, cancelled.CancellationReason));
        Assert.Equal(Instant.FromDateTimeOffset(GrainTestHost.Start), cancelled.CancelledAt);
    }

    [Fact]
    public async Task PlanAsync_SamePlanAfterInvitation_ChangesNothing()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        var invited = await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);

        var again = await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);

        Assert.Equal(GovernanceJson.Serialize(invited), GovernanceJson.Serialize(again));
    }
}
