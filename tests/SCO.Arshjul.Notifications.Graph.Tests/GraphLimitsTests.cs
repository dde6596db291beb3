using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>Exchange Online's per-mailbox limits: at most N requests in flight, at most M started in any minute (on the injected clock).</summary>
public sealed class GraphLimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    public async Task ManyRecipients_NeverMoreRequestsInFlightThanConfigured(int limit)
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Notifications:Graph:MaxConcurrentRequests"] = $"{limit}" });
        host.Graph.Latency = TimeSpan.FromMilliseconds(50);

        await Channel(host).DeliverAsync(MessageTo(20), Ct);

        Assert.Equal(20, host.Graph.Mails.Count);
        Assert.Equal(limit, host.Graph.MaxConcurrentRequests); // reached, never passed
    }

    [Fact]
    public async Task ManyRecipients_NeverMoreRequestsInAMinuteThanConfigured()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Notifications:Graph:MaxRequestsPerMinute"] = "5" });
        // Warm up first: a cold first request (connection, serializers) can take longer than the pump's quiet moment, and
        // arrive after the clock moved on from the instant the limiter let it go.
        await Channel(host).DeliverAsync(MessageTo(1, "warm-up@arshjul"), Ct);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        host.Graph.Reset();
        var start = host.Clock.GetUtcNow();

        await ClockPump.RunUntilAsync(Channel(host).DeliverAsync(MessageTo(12), Ct), host.Clock, host.Graph, TimeSpan.FromSeconds(10), Ct);
        var times = host.Graph.Requests.Select(r => r.ClockTime).Order().ToList();
        Assert.Equal(12, times.Count);
        var busiest = times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)));
        Assert.Equal(5, busiest);
        Assert.True(times[^1] - start >= TimeSpan.FromMinutes(2), "12 requests at 5 a minute need two full minutes of waiting");
    }

    private static INotificationChannel Channel(GraphTestHost host) => host.Silo.Services.GetRequiredService<INotificationChannel>();

    private static OutgoingMessage MessageTo(int count, string messageId = "limits@arshjul")
    {
        var recipients = Enumerable.Range(1, count).Select(i => new Recipient($"person-{i}", $"Person {i}", $"person-{i}@example.org", "ledamot")).ToList();
        var notification = new Notification(
            "sco/deadline/arsredovisning/due-14d", "sco", NotificationKind.DueReminder, "sco/deadline/arsredovisning", "Årsredovisning",
            recipients, "Påminnelse: Årsredovisning", "Årsredovisningen ska vara klar om 14 dagar.", Instant.FromUtc(2025, 3, 28, 8, 0), Late: false, Combinable: false);
        return new OutgoingMessage(messageId, recipients, notification.Subject, notification.Body, null, [notification]);
    }
}
