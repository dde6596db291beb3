using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>Every rejected lifecycle step names its rule and leaves the meeting exactly as it was.</summary>
public sealed class MeetingGrainLifecycleRejectionTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanAsync_ChangedPlanAfterInvitation_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingPlanLocked,
            () => meeting.GetAsync(_ct),
            () => meeting.PlanAsync(SamplePlans.BoardMeeting() with { Title = "Extra styrelsemöte" }, "wheel", _ct));
    }

    [Fact]
    public async Task ApproveMinutesAsync_MeetingNotHeld_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingMinutesNotHeld, () => meeting.GetAsync(_ct), () => meeting.ApproveMinutesAsync(SampleRoster.Chair, _ct));
    }

    [Fact]
    public async Task MarkHeldAsync_BeforeStart_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        await using var _ = silo;
        _host.SetLocal(2025, 3, 14, 8, 59);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingHeldBeforeStart, () => meeting.GetAsync(_ct), () => meeting.MarkHeldAsync(SampleRoster.Chair, _ct));

        _host.SetLocal(2025, 3, 14, 9, 0);
        Assert.Equal(MeetingStatus.Held, (await meeting.MarkHeldAsync(SampleRoster.Chair, _ct)).Status);
    }

    [Fact]
    public async Task MarkHeldAsync_NoInvitationSent_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        _host.SetLocal(2025, 3, 14, 10);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingInvalidTransition, () => meeting.GetAsync(_ct), () => meeting.MarkHeldAsync(SampleRoster.Chair, _ct));
    }

    [Fact]
    public async Task RescheduleAsync_HeldMeeting_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await HeldMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingRescheduleNotAllowed,
            () => meeting.GetAsync(_ct),
            () => meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "För sent", SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task RescheduleAsync_CancelledMeeting_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        await using var _ = silo;
        await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingRescheduleNotAllowed,
            () => meeting.GetAsync(_ct),
            () => meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Ändå", SampleRoster.Director, _ct));
    }

    [Theory]
    [InlineData(GovernanceErrorCodes.TimeNonexistent, 3, 30, 2, 3, 30, 4, "Flytt")]
    [InlineData(GovernanceErrorCodes.TimeEndBeforeStart, 3, 21, 12, 3, 21, 9, "Flytt")]
    [InlineData(GovernanceErrorCodes.MeetingRescheduleUnchanged, 3, 14, 9, 3, 14, 12, "Flytt")]
    [InlineData(GovernanceErrorCodes.Required, 3, 21, 9, 3, 21, 12, " ")]
    public async Task RescheduleAsync_InvalidTimesOrReason_ThrowsAndKeepsState(
        string code, int startMonth, int startDay, int startHour, int endMonth, int endDay, int endHour, string reason)
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(
            code,
            () => meeting.GetAsync(_ct),
            () => meeting.RescheduleAsync(
                new LocalDateTime(2025, startMonth, startDay, startHour, 0),
                new LocalDateTime(2025, endMonth, endDay, endHour, 0),
                reason,
                SampleRoster.Director,
                _ct));
    }

    [Fact]
    public async Task CancelAsync_HeldMeeting_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await HeldMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingCancelNotAllowed, () => meeting.GetAsync(_ct), () => meeting.CancelAsync("För sent", SampleRoster.Chair, _ct));
    }

    [Fact]
    public async Task ApproveMinutesAsync_AlreadyApproved_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await HeldMeetingAsync();
        await using var _ = silo;
        await meeting.ApproveMinutesAsync(SampleRoster.Chair, _ct);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingInvalidTransition, () => meeting.GetAsync(_ct), () => meeting.ApproveMinutesAsync(SampleRoster.Chair, _ct));
    }

    private async Task<(TestSilo Silo, IMeetingGrain Meeting)> InvitedMeetingAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        return (silo, meeting);
    }

    private async Task<(TestSilo Silo, IMeetingGrain Meeting)> HeldMeetingAsync()
    {
        var (silo, meeting) = await InvitedMeetingAsync();
        _host.SetLocal(2025, 3, 14, 12);
        await meeting.MarkHeldAsync(SampleRoster.Chair, _ct);
        return (silo, meeting);
    }
}
