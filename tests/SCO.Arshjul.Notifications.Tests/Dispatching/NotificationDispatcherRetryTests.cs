using Microsoft.Extensions.Logging;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>Failed deliveries: retried with doubling backoff, failed for good after MaxAttempts or a permanent error.</summary>
public sealed class NotificationDispatcherRetryTests
{
    private readonly DispatcherHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchDueAsync_ChannelFailsTwiceThenSucceeds_DeliversOnce()
    {
        _harness.Channel.Behaviour = (_, attempt) => attempt <= 2 ? throw new IOException($"SMTP 421 (attempt {attempt})") : Task.CompletedTask;
        await _harness.Outbox.EnqueueAsync([Invitation()], Ct);

        Assert.Equal(1, (await _harness.PassAsync()).Retrying);
        _harness.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, (await _harness.PassAsync()).Claimed);
        _harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await _harness.PassAsync()).Retrying);
        _harness.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await _harness.PassAsync()).Claimed);
        _harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await _harness.PassAsync()).Delivered);
        _harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await _harness.PassAsync()).Claimed);

        Assert.Equal(3, _harness.Channel.Attempts);
        Assert.Single(_harness.Channel.Delivered);
        var row = Assert.Single(await _harness.RowsAsync());
        Assert.Equal((OutboxStatus.Delivered, 2, "IOException: SMTP 421 (attempt 2)"), (row.Status, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task DispatchDueAsync_ChannelAlwaysFails_FailsAfterMaxAttemptsKeepingLastError()
    {
        _harness.Channel.Behaviour = (_, attempt) => throw new TimeoutException($"Graph did not answer (attempt {attempt})");
        await _harness.Outbox.EnqueueAsync([Invitation()], Ct);

        var passes = new List<DispatchResult>();
        for (var i = 0; i < 12; i++)
        {
            passes.Add(await _harness.PassAsync());
            _harness.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(5, _harness.Channel.Attempts);
        Assert.Equal(4, passes.Sum(p => p.Retrying));
        Assert.Equal(1, passes.Sum(p => p.Failed));
        Assert.Empty(_harness.Channel.Delivered);
        var row = Assert.Single(await _harness.RowsAsync(OutboxStatus.Failed));
        Assert.Equal((5, "TimeoutException: Graph did not answer (attempt 5)"), (row.Attempts, row.LastError));
        Assert.Contains(_harness.Logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(row.IdempotencyKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchDueAsync_Backoff_DoublesFromThirtySecondsUpToMax()
    {
        var options = new DispatcherOptions { MaxAttempts = 10, MaxBackoff = TimeSpan.FromMinutes(3) };
        var harness = new DispatcherHarness(options);
        harness.Channel.Behaviour = (_, _) => throw new IOException("down");
        await harness.Outbox.EnqueueAsync([Invitation()], Ct);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var before = harness.Clock.GetUtcNow();
            await harness.PassAsync();
            waits.Add(Assert.Single(await harness.RowsAsync()).NextAttemptUtc - before);
            harness.Clock.Advance(waits[^1]);
        }

        Assert.Equal([30, 60, 120, 180, 180], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public async Task DispatchDueAsync_PermanentFailure_FailsAtOnceWithCodeAndLogsNoSecrets()
    {
        _harness.Channel.Behaviour = (_, _) => throw new PermanentDeliveryException("ErrorInvalidRecipients", "The recipient does not exist.");
        var invitation = Invitation();
        await _harness.Outbox.EnqueueAsync([invitation], Ct);

        var result = await _harness.PassAsync();
        _harness.Clock.Advance(TimeSpan.FromDays(1));
        await _harness.PassAsync();

        Assert.Equal((1, 0), (result.Failed, result.Retrying));
        Assert.Equal(1, _harness.Channel.Attempts);
        var row = Assert.Single(await _harness.RowsAsync(OutboxStatus.Failed));
        Assert.Equal((1, "ErrorInvalidRecipients: The recipient does not exist."), (row.Attempts, row.LastError));
        var error = Assert.Single(_harness.Logger.Entries, e => e.Level == LogLevel.Error).Message;
        Assert.Contains("ErrorInvalidRecipients", error, StringComparison.Ordinal);
        Assert.Contains(invitation.IdempotencyKey, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Anna.Email, string.Join('\n', _harness.Logger.Entries.Select(e => e.Message)), StringComparison.Ordinal);
        Assert.DoesNotContain("Dagordning", string.Join('\n', _harness.Logger.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }
}
