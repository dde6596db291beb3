using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Jobs;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Reconciliation;

public sealed class StartupReconciliationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReconcileAsync_GeneratedWheelAndDecisions_EveryItemGetsItsReminders()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await host.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GenerateAsync(TestItems.Plan(), "wheel", Token);
        await host.Grains.GetGrain<IDecisionGrain>(TestItems.DecisionKey).RecordAsync(TestItems.Decision(), TestRoster.Director, Token);

        var results = await host.Reconciliation.ReconcileAsync(["sco"], [2026], Token);

        Assert.Equal(
            [
                "sco/deadline/2026-03-30-arsredovisning",
                "sco/decision/SCÖ 2026-1.4",
                "sco/internal-control/2026/adoption",
                "sco/internal-control/2026/attest",
                "sco/internal-control/2026/follow-up",
                "sco/meeting/2026-03-13-styrelse",
                "sco/sam-task/2026-05-12-skyddsrond",
            ],
            results.Select(r => r.Item.Id).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.NotEmpty(r.Added));
        Assert.Equal(
            ["sco/internal-control/2026/attest/due-0d", "sco/internal-control/2026/attest/due-14d", "sco/internal-control/2026/attest/due-3d", "sco/internal-control/2026/attest/overdue/2026-06-19"],
            await host.TriggerKeysAsync(new ReminderItem(TestItems.ControlPlanKey, WheelItemKind.InternalControl, "attest")));
        Assert.DoesNotContain(await host.Reconciliation.ReconcileAsync(["sco"], [2026], Token), r => r.Changed);
    }

    [Fact]
    public async Task ReconcileAsync_AdHocMeetingInNoWheelAndWithoutJobs_GetsItsReminders()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var adHoc = TestItems.Meeting("2026-03-20-extra", new LocalDateTime(2026, 3, 20, 13, 0));
        await host.Grains.GetGrain<IMeetingGrain>($"sco/meeting/{adHoc.Id}").PlanAsync(adHoc with { ActivityId = "adhoc" }, "kansli", Token);

        var result = Assert.Single(await host.Reconciliation.ReconcileAsync(["sco"], [2026], Token));

        Assert.Equal($"sco/meeting/{adHoc.Id}", result.Item.Id);
        Assert.Contains($"sco/meeting/{adHoc.Id}/invitation", result.Added);
        Assert.Equal(result.Added.Order(StringComparer.Ordinal), await host.TriggerKeysAsync(result.Item));
    }

    [Fact]
    public async Task ReconcileAsync_JobOfAnItemNoLongerThere_IsRemoved()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var gone = new ReminderItem("sco/deadline/2026-02-27-utgar", WheelItemKind.Deadline);
        var occurrence = new ReminderOccurrence(
            $"{gone.Id}/due-0d", "sco", gone.ItemKey, gone.Kind, null, ReminderKind.DueBefore, 0, Instant.FromUtc(2026, 2, 27, 8, 0));
        await host.Scheduler.AddJob(ReminderQuartz.Job(gone), cancellationToken: Token);
        await host.Scheduler.ScheduleJob(ReminderQuartz.Trigger(gone, occurrence, host.Scheduler.TimeProvider), cancellationToken: Token);

        var result = Assert.Single(await host.Reconciliation.ReconcileAsync(["sco"], [2026], Token));

        Assert.Equal([occurrence.Key], result.Removed);
        Assert.False(await host.Scheduler.Exists(ReminderQuartz.JobKey(gone), Token));
    }
}
