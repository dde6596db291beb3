using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>The dispatcher as a hosted service: passes at start and then every poll interval of the (manual) clock.</summary>
public sealed class NotificationDispatcherHostedTests
{
    [Fact]
    public async Task ExecuteAsync_Started_DeliversAtOnceAndAfterEachPollInterval()
    {
        var harness = new DispatcherHarness();
        var ct = TestContext.Current.CancellationToken;
        await harness.Outbox.EnqueueAsync([Invitation()], ct);

        await harness.Dispatcher.StartAsync(ct);
        try
        {
            await UntilAsync(() => harness.Channel.Delivered.Count == 1, harness, advance: TimeSpan.Zero);
            await harness.Outbox.EnqueueAsync([Invitation("2025-04-11-styrelse")], ct);
            await UntilAsync(() => harness.Channel.Delivered.Count == 2, harness, advance: harness.Options.PollInterval);
        }
        finally
        {
            await harness.Dispatcher.StopAsync(ct);
        }

        Assert.Equal(2, harness.Channel.Attempts);
    }

    // The loop runs on its own thread: advance the manual clock and give it a moment, a bounded number of times.
    private static async Task UntilAsync(Func<bool> done, DispatcherHarness harness, TimeSpan advance)
    {
        for (var i = 0; i < 500 && !done(); i++)
        {
            harness.Clock.Advance(advance);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(done());
    }
}
