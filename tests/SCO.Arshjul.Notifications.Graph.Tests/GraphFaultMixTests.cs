using System.Globalization;
using NodaTime.Text;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Graph.Calendar;
using SCO.Arshjul.Notifications.Graph.Mail;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>
/// Issue 6: the fake Graph server answers a seeded random mix of 429 and 503 (with Retry-After) and lost answers (it
/// waits past the client's timeout, then does the work all the same) while 30 meetings are called, moved, cancelled and
/// followed by handlingar and day-before reminders. In the end every notification is delivered exactly once: one event
/// per meeting (every create carrying its meeting's transactionId) in the meeting's final state, each mail to each of
/// its recipients once, no notification failed. <c>ARSHJUL_GRAPH_FAULT_SEED</c> replays a failing mix or explores
/// another (default 5); the seed is in the failure message.
/// </summary>
public sealed class GraphFaultMixTests
{
    private const int Meetings = 30;
    private const int MaxRounds = 100;

    // Shorter than the first backoff (30 s), as the dispatcher's 5-second polls are: a newer message of a meeting can
    // go out before an older one's retry, which must then not undo it.
    private static readonly TimeSpan RoundStep = TimeSpan.FromSeconds(20);
    private static readonly LocalDateTimePattern WallClock = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Notifications:Graph:RequestTimeout"] = "00:00:01",
        ["Notifications:Graph:MaxRetries"] = "2",
        ["Notifications:Dispatcher:MaxAttempts"] = "40", // the point is what arrives in the end, not the attempt budget
        ["Notifications:Dispatcher:MaxBackoff"] = "00:02:00",
    };

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("ARSHJUL_GRAPH_FAULT_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 5;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RandomThrottlingUnavailabilityAndLostAnswers_EveryNotificationDeliveredExactlyOnce()
    {
        var seed = Seed;
        var started = TimeProvider.System.GetTimestamp();
        await using var host = await GraphTestHost.StartAsync(Settings, FakeTokenCredential.WithRecommendedGraphPermissions());
        var scenario = new FaultMixScenario(host, Meetings);
        var mix = new FakeFaultMix(seed, throttled: 0.06, unavailable: 0.04, timedOut: 0.06, answerAfter: TimeSpan.FromSeconds(1.3));
        host.Graph.FaultPolicy = _ => mix.Next();
        Func<Task>[] steps = [scenario.PlanAndInviteAsync, scenario.MoveAndSendPapersAsync, scenario.MoveCancelAndRemindAsync];
        var rounds = 0;
        while (rounds < MaxRounds && (rounds < steps.Length || (await host.RowsAsync(OutboxStatus.Pending)).Count > 0))
        {
            if (rounds < steps.Length)
            {
                await steps[rounds]();
            }

            await DispatchRoundAsync(host);
            host.Clock.Advance(RoundStep);
            rounds++;
        }

        var report = $"ARSHJUL_GRAPH_FAULT_SEED={seed}: {mix}; {rounds} dispatch rounds, {host.Graph.Requests.Count} requests, "
            + $"{scenario.Written} notifications, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
        try
        {
            await VerifyAsync(host, scenario, mix);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Assert.Fail($"{report}\n{e.Message}");
        }
    }

    // A lost answer's work is done before the next round, as a retry's backoff (30 s and up) lets it be in production.
    private static async Task DispatchRoundAsync(GraphTestHost host)
    {
        await host.WaitUntilQuietAsync();
        await ClockPump.RunUntilAsync(host.DispatchAsync(), host.Clock, host.Graph, TimeSpan.FromSeconds(1), Ct);
    }

    private static async Task VerifyAsync(GraphTestHost host, FaultMixScenario scenario, FakeFaultMix mix)
    {
        Assert.Empty(await host.RowsAsync(OutboxStatus.Pending));
        Assert.Empty(await host.RowsAsync(OutboxStatus.Failed));
        var notifications = (await host.RowsAsync(OutboxStatus.Delivered)).Select(r => NotificationJson.Deserialize(r.Payload)).ToList();
        Assert.Equal(scenario.Written, notifications.Count);
        var (throttled, unavailable, lost, _) = mix.Counts;
        Assert.True(throttled > 0 && unavailable > 0 && lost > 0, $"the mix must hold every fault: {mix}");

        var transactionIds = scenario.Keys.ToDictionary(k => GraphEventBuilder.TransactionIdOf($"{k}@arshjul"), k => k);
        Assert.All(
            host.Graph.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)),
            post => Assert.Contains(post.Json!.RootElement.GetProperty("transactionId").GetString()!, transactionIds.Keys));
        var cancelledByMail = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (transactionId, key) in transactionIds)
        {
            var meeting = await host.Meeting(key).GetAsync(Ct);
            var events = host.Graph.Events.Where(e => e.TransactionId == transactionId).ToList();
            if (events.Count == 0 && meeting.Status == MeetingStatus.Cancelled && meeting.CalendarEventId is null)
            {
                cancelledByMail.Add(key); // no create ever reached Graph: the cancellation goes by mail (checked below)
                continue;
            }

            // A cancelled meeting's event keeps the time its attendees last got: a move overtaken by the cancellation is not sent.
            var stored = Assert.Single(events);
            var cancelled = meeting.Status == MeetingStatus.Cancelled;
            Assert.Equal(
                (key, stored.Id, cancelled, cancelled ? null : WallClock.Format(meeting.Start), cancelled ? null : WallClock.Format(meeting.End)),
                (key, meeting.CalendarEventId, stored.IsCancelled, cancelled ? null : Wall(stored, "start"), cancelled ? null : Wall(stored, "end")));
        }

        Assert.Equal(transactionIds.Count - cancelledByMail.Count, host.Graph.Events.Count);
        var expectedMail = notifications
            .Where(n => n.Calendar is null || (n.Calendar.Method == CalendarMethod.Cancel && cancelledByMail.Contains(n.ItemKey)))
            .SelectMany(n => n.Recipients.Select(r => (GraphMailDelivery.AttemptKey(MessageCombiner.MessageIdOf([n.IdempotencyKey]), r.PersonId), r.Email)));
        var sentMail = host.Graph.Mails.Select(m => (m.ExtendedProperty(SentItemsLookup.PropertyId) ?? "(untagged)", Assert.Single(m.To)));
        Assert.Equal(Sorted(expectedMail), Sorted(sentMail));
        Assert.All(host.Graph.Mails, m => Assert.DoesNotContain(GraphMailDelivery.PossibleDuplicateNotice, m.BodyContent, StringComparison.Ordinal));
        Assert.Contains(host.Graph.Requests, r => r.Path.EndsWith("/mailFolders/sentitems/messages", StringComparison.Ordinal) && r.StatusCode == 200);
    }

    private static string? Wall(FakeEvent stored, string property) => stored.Json.GetProperty(property).GetProperty("dateTime").GetString();

    private static List<(string Tag, string To)> Sorted(IEnumerable<(string Tag, string To)> mails) =>
        [.. mails.OrderBy(m => m.Tag, StringComparer.Ordinal).ThenBy(m => m.To, StringComparer.Ordinal)];
}
