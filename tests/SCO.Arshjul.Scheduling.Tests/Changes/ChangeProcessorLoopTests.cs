using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Changes;

/// <summary>The change processor as a background service, and what it does with a change it cannot sync.</summary>
public sealed class ChangeProcessorLoopTests
{
    private static readonly ReminderItem Deadline = new(TestItems.DeadlineKey, WheelItemKind.Deadline);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_ChangeWhileRunning_IsSyncedByAPassOnTheClock()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var processor = host.Changes;
        await processor.StartAsync(Token);
        try
        {
            await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", Token);
            var interval = host.Silo.Services.GetRequiredService<SchedulingOptions>().ChangePollInterval;

            // The loop's next pass waits on the clock; under load it may not be waiting yet when the clock first moves,
            // so the clock moves on by one poll interval each time the change is still not synced after a moment.
            await Eventually.TrueAsync(
                async () =>
                {
                    if ((await host.TriggerKeysAsync(Deadline)).Count == 4)
                    {
                        return true;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(100), Token);
                    host.Clock.Advance(interval);
                    return false;
                },
                "the deadline's four reminders are scheduled");
            await Eventually.TrueAsync(async () => (await host.Outbox.ReadPendingAsync(10, "deadline.changed", Token)).Count == 0, "the change is settled");
        }
        finally
        {
            await processor.StopAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData(10, OutboxStatus.Pending)]
    [InlineData(1, OutboxStatus.Failed)]
    public async Task ProcessPendingAsync_SchedulerDown_RetriesLaterOrGivesUpAfterMaxAttempts(int maxAttempts, string status)
    {
        var options = new SchedulingOptions { Provider = SchedulingProvider.Memory, MaxChangeAttempts = maxAttempts };
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start), options);
        await host.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", Token);
        await host.Scheduler.Shutdown(cancellationToken: Token);

        var processed = await host.Changes.ProcessPendingAsync(Token);

        Assert.Equal(0, processed);
        var message = Assert.Single(await host.Outbox.ListAsync("deadline.changed", null, 10, Token));
        Assert.Equal((status, 1), (message.Status, message.Attempts));
        Assert.Contains("SchedulerException", message.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await host.Changes.ProcessPendingAsync(Token)); // not due again yet, or never
    }
}
