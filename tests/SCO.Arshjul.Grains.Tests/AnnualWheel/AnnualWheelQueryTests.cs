using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel;

/// <summary>GetDue and GetOverdue across a year on a manual clock.</summary>
public sealed class AnnualWheelQueryTests
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetDueAsync_April_ReturnsKollAndAnnualReportWithCurrentStatus()
    {
        var (silo, wheel) = await GeneratedAsync();
        await using var _ = silo;
        await silo.GrainFactory.GetGrain<IDeadlineGrain>("sco/deadline/2025-04-30-arsredovisning").CompleteAsync("Beslutad 2025-04-04, § 12", SampleRoster.Director, _ct);

        var april = await wheel.GetDueAsync(Local(2025, 4, 1), Local(2025, 5, 1), _ct);

        Assert.Equal(
            [("2025-04-11-koll", "Planned", false, Instant.FromUtc(2025, 4, 11, 7, 0)), ("2025-04-30-arsredovisning", "Completed", true, Local(2025, 4, 30))],
            april.Select(d => (d.Activity.Id, d.Status, d.IsDone, d.DueAt)));
    }

    [Fact]
    public async Task GetDueAsync_RescheduledMeeting_FallsDueAtItsNewTime()
    {
        var (silo, wheel) = await GeneratedAsync();
        await using var _ = silo;
        await silo.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/2025-04-11-koll")
            .RescheduleAsync(new LocalDateTime(2025, 5, 2, 9, 0), new LocalDateTime(2025, 5, 2, 11, 0), "Lokalen upptagen", SampleRoster.Director, _ct);

        var april = await wheel.GetDueAsync(Local(2025, 4, 1), Local(2025, 5, 1), _ct);
        var may = await wheel.GetDueAsync(Local(2025, 5, 1), Local(2025, 6, 1), _ct);

        Assert.DoesNotContain(april, d => d.Activity.Id == "2025-04-11-koll");
        Assert.Equal("Rescheduled", may.Single(d => d.Activity.Id == "2025-04-11-koll").Status);
        Assert.Equal(["2025-04-11-koll", "2025-05-15-statusrapport", "2025-05-skyddsrond"], may.Select(d => d.Activity.Id));
    }

    [Fact]
    public async Task GetDueAsync_EmptyInterval_Throws()
    {
        var (silo, wheel) = await GeneratedAsync();
        await using var _ = silo;

        await Expect.RejectedAsync(GovernanceErrorCodes.WheelIntervalInvalid, () => wheel.GetDueAsync(Local(2025, 5, 1), Local(2025, 5, 1), _ct));
    }

    [Fact]
    public async Task GetOverdueAsync_AcrossTheYear_FollowsWhatIsDoneAndWhatIsNot()
    {
        var (silo, wheel) = await GeneratedAsync();
        await using var _ = silo;
        var grains = silo.GrainFactory;

        // The plan is to be adopted by 14 February: overdue from the 15th until adopted.
        Assert.Empty(await wheel.GetOverdueAsync(Local(2025, 2, 14, 23, 59), _ct));
        Assert.Equal([(WheelItemKind.InternalControlAdoption, "adoption")], await OverdueAsync(wheel, Local(2025, 2, 15)));
        await grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025").AdoptAsync(WheelSamples.Plan().InternalControl, SampleRoster.Chair, _ct);
        Assert.Empty(await wheel.GetOverdueAsync(Local(2025, 2, 15), _ct));

        // The board meets 14 March 09–12; its minutes are due 14 days after the end.
        var board = grains.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await board.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        _host.SetLocal(2025, 3, 14, 12);
        await board.MarkHeldAsync(SampleRoster.Chair, _ct);
        Assert.Empty(await wheel.GetOverdueAsync(Local(2025, 3, 28, 11, 59), _ct));
        var lateMinutes = Assert.Single(await wheel.GetOverdueAsync(Local(2025, 3, 28, 12), _ct));
        Assert.Equal((WheelItemKind.Meeting, "Held", Local(2025, 3, 28, 12)), (lateMinutes.Kind, lateMinutes.Status, lateMinutes.OverdueSince));
        await board.ApproveMinutesAsync(SampleRoster.Chair, _ct);

        // KOLL is cancelled: never overdue. The annual report is done in time; the status report is not.
        await grains.GetGrain<IMeetingGrain>("sco/meeting/2025-04-11-koll").CancelAsync("För få anmälda", SampleRoster.Director, _ct);
        await grains.GetGrain<IDeadlineGrain>("sco/deadline/2025-04-30-arsredovisning").CompleteAsync("Beslutad § 12", SampleRoster.Director, _ct);
        await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        var mayEnd = await wheel.GetOverdueAsync(Local(2025, 5, 31), _ct);
        Assert.Equal(
            [(WheelItemKind.Decision, DecisionSamples.Reference), (WheelItemKind.Deadline, "2025-05-15-statusrapport"), (WheelItemKind.WorkEnvironmentTask, "2025-05-skyddsrond")],
            mayEnd.Select(o => (o.Kind, o.Id)));
        Assert.All(mayEnd, o => Assert.Equal(SampleRoster.Director, o.ResponsiblePersonId));
        Assert.Equal(Local(2025, 4, 1), mayEnd[0].OverdueSince);

        // Work is done over the summer; at 1 September only the attest control (due 29 August) and the planning days' minutes remain.
        await grains.GetGrain<IDeadlineGrain>("sco/deadline/2025-05-15-statusrapport").CompleteAsync("Skickad till styrelsen", SampleRoster.Director, _ct);
        await grains.GetGrain<IWorkEnvironmentTaskGrain>("sco/sam-task/2025-05-skyddsrond").CompleteAsync("Protokoll skyddsrond", SampleRoster.Director, _ct);
        await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        await grains.GetGrain<IDecisionGrain>(DecisionSamples.Key).ChangeStatusAsync(DecisionStatus.Executed, null, SampleRoster.Director, _ct);
        await grains.GetGrain<IInternalControlPlanGrain>("sco/internal-control/2025")
            .CheckOffAsync(new CheckOffControl("delegation", ControlResult.Ok, "Granskat"), SampleRoster.Auditor, _ct);
        await InviteAndHoldAsync(grains.GetGrain<IMeetingGrain>("sco/meeting/2025-08-21-planeringsdagar"), 2025, 8, 21);

        Assert.Equal([(WheelItemKind.InternalControl, "attest")], await OverdueAsync(wheel, Local(2025, 9, 1)));
        Assert.Equal(
            [(WheelItemKind.InternalControl, "attest"), (WheelItemKind.Meeting, "2025-08-21-planeringsdagar")],
            await OverdueAsync(wheel, Local(2025, 9, 5, 15)));
    }

    private async Task<(TestSilo Silo, IAnnualWheelGrain Wheel)> GeneratedAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        var wheel = silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelSamples.Key);
        await wheel.GenerateAsync(WheelSamples.Plan(), "wheel-job", _ct);
        return (silo, wheel);
    }

    private async Task InviteAndHoldAsync(IMeetingGrain meeting, int year, int month, int day)
    {
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);
        _host.SetLocal(year, month, day, 10);
        await meeting.MarkHeldAsync(SampleRoster.Chair, _ct);
    }

    private async Task<List<(WheelItemKind, string)>> OverdueAsync(IAnnualWheelGrain wheel, Instant at) =>
        [.. (await wheel.GetOverdueAsync(at, _ct)).Select(o => (o.Kind, o.Id))];

    private static Instant Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Stockholm).ToInstant();
}
