using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Subjects;

/// <summary>Grains read as reminder subjects (the reader lives in the Notifications project; grains are at hand here).</summary>
public sealed class ReminderSubjectReaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_Meeting_TimesStatusSequenceAndHistory()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var reader = new ReminderSubjectReader(host.Grains);
        var item = new ReminderItem(TestItems.MeetingKey, WheelItemKind.Meeting);
        Assert.Null(await reader.ReadAsync(item, Token));
        var meeting = host.Grains.GetGrain<IMeetingGrain>(TestItems.MeetingKey);
        await meeting.PlanAsync(TestItems.Meeting(), "wheel", Token);
        await meeting.RecordInvitationSentAsync(TestRoster.Director, Token);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await meeting.CancelAsync("Inga ärenden", TestRoster.Director, Token);

        var subject = await reader.ReadAsync(item, Token);

        Assert.Equal(
            new MeetingFacts(
                MeetingStatus.Cancelled, new LocalDateTime(2026, 3, 13, 9, 0), new LocalDateTime(2026, 3, 13, 12, 0),
                Instant.FromUtc(2026, 3, 13, 8, 0), Instant.FromUtc(2026, 3, 13, 11, 0), 1, InvitationSent: true, PapersSent: false),
            subject!.Meeting);
        Assert.Equal((true, false), (subject.Cancelled, subject.Done));
        Assert.Equal((Instant.FromUtc(2026, 1, 5, 8, 0), Instant.FromUtc(2026, 1, 5, 10, 0)), (subject.Created, subject.LastChanged));
    }

    [Fact]
    public async Task ReadGrainAsync_InternalControlPlan_AdoptionFollowUpAndEachControl()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var plan = host.Grains.GetGrain<IInternalControlPlanGrain>(TestItems.ControlPlanKey);
        await plan.AdoptAsync(TestItems.ControlPlan(), TestRoster.Director, Token);
        await plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Ok, "Tio fakturor granskade", null, null), TestRoster.Auditor, Token);

        var subjects = await new ReminderSubjectReader(host.Grains).ReadGrainAsync(TestItems.ControlPlanKey, Token);

        Assert.Equal(
            [
                (WheelItemKind.InternalControlAdoption, "adoption", new LocalDate(2026, 2, 13), true),
                (WheelItemKind.InternalControlFollowUp, "follow-up", new LocalDate(2026, 10, 30), true),
                (WheelItemKind.InternalControl, "attest", new LocalDate(2026, 6, 12), true),
            ],
            subjects.Select(s => (s.Item.Kind, s.Item.SubItemId!, s.Due!.Value, s.Done)));
    }

    [Fact]
    public async Task ReadGrainAsync_DecisionAndSamTask_DoneAndCancelledFlags()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var decision = host.Grains.GetGrain<IDecisionGrain>(TestItems.DecisionKey);
        await decision.RecordAsync(TestItems.Decision(), TestRoster.Director, Token);
        await decision.ChangeStatusAsync(DecisionStatus.Cancelled, "Lokalen hyrdes av annan", TestRoster.Director, Token);
        const string samKey = "sco/sam-task/2026-05-12-skyddsrond";
        await host.Grains.GetGrain<IWorkEnvironmentTaskGrain>(samKey).PlanAsync(TestItems.SamTask(), "wheel", Token);
        var reader = new ReminderSubjectReader(host.Grains);

        var cancelled = Assert.Single(await reader.ReadGrainAsync(TestItems.DecisionKey, Token));
        var open = Assert.Single(await reader.ReadGrainAsync(samKey, Token));

        Assert.Equal((true, false, new LocalDate(2026, 4, 30)), (cancelled.Cancelled, cancelled.Done, cancelled.Due!.Value));
        Assert.Equal((false, false, WheelItemKind.WorkEnvironmentTask), (open.Cancelled, open.Done, open.Item.Kind));
        Assert.Throws<ArgumentException>(() => ReminderGrainKinds.Of("sco/roster"));
    }
}
