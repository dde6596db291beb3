using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// The 2025 sample wheel run through the whole year on a manual clock as in <see cref="SampleYearTests"/>, but delivered
/// through the Microsoft Graph channel (the real SDK) against the fake Graph server, with the concurrency limit set
/// low (2 requests at once) so that it is reached, and a per-minute limit of 40 (the busiest day needs 29 calls). That
/// the per-minute limit makes requests wait, on the clock, is shown by <c>GraphLimitsTests</c> in the Graph channel's
/// tests; here the clock stands still during each dispatcher pass, as it does for the capture-channel year.
/// </summary>
public sealed class GraphYearTests
{
    private const int MaxConcurrent = 2;
    private const int MaxPerMinute = 40;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Fact]
    public async Task Year2025_ThroughGraphWithLowMailboxLimits_DeliversEverythingWithTheExpectedCallsWithinTheLimits()
    {
        var wall = Stopwatch.StartNew();
        var clock = YearRun.ClockAt(new LocalDate(2025, 1, 1));
        await using var graph = await FakeGraphServer.StartAsync(clock);
        graph.Latency = TimeSpan.FromMilliseconds(2);
        var settings = FakeGraphSettings.For(graph, "graph-year-secret");
        settings["Notifications:Graph:MaxConcurrentRequests"] = $"{MaxConcurrent}";
        settings["Notifications:Graph:MaxRequestsPerMinute"] = $"{MaxPerMinute}";
        await using var run = await YearRun.StartAsync(clock, new YearRunSetup(
            settings,
            services => services.AddSingleton(new GraphCredential(FakeTokenCredential.WithGraphPermissions())),
            null));

        await run.RunThroughAsync(new LocalDate(2026, 1, 20));

        // Every notification delivered, through Graph, every call answered with success.
        Assert.Empty(await run.PendingOrFailedAsync());
        Assert.Empty(run.Channel.Delivered);
        var delivered = await run.DeliveredAsync();
        Assert.Equal(SampleYearTests.ExpectedPerKind, delivered.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count()));
        var requests = graph.Requests;
        Assert.All(requests, r => Assert.InRange(r.StatusCode, 200, 299));

        // The calls the delivered notifications call for, and the same numbers pinned.
        var calls = requests.GroupBy(GraphCalls.KindOf).ToDictionary(g => g.Key, g => g.Count());
        var mailTo = MailRecipients(delivered);
        Assert.Equal(ExpectedCalls(delivered, mailTo.Count), calls);
        AssertPinned(calls, GraphCalls.EventCreate, 34, "event creates: one per kallelse, one kallelse per meeting of 2025");
        AssertPinned(calls, GraphCalls.EventUpdate, 0, "event updates: the simulated kansli moves no meeting");
        AssertPinned(calls, GraphCalls.EventCancel, 0, "event cancels: the simulated kansli cancels no meeting");
        AssertPinned(calls, GraphCalls.SendMail, 967, "sendMails: one per distinct recipient of each message without a calendar part (handlingar, reminders; a person's reminders of one day as one)");
        AssertPinned(calls, GraphCalls.Other, 0, "other requests: none");
        Assert.Equal(mailTo.Order(StringComparer.OrdinalIgnoreCase), graph.Mails.Select(m => Assert.Single(m.To)).Order(StringComparer.OrdinalIgnoreCase));

        // One event per meeting invited, its id kept on the meeting.
        var invited = delivered.Where(n => n.Kind == NotificationKind.Invitation).Select(n => n.ItemKey).Distinct().ToList();
        Assert.Equal(run.Plan.Meetings.Count, invited.Count);
        Assert.Equal(invited.Count, graph.Events.Count);
        var eventIds = new List<string?>();
        foreach (var meeting in invited)
        {
            eventIds.Add((await run.Silo.GrainFactory.GetGrain<IMeetingGrain>(meeting).GetAsync(TestContext.Current.CancellationToken)).CalendarEventId);
        }

        Assert.Equal(graph.Events.Select(e => e.Id).Order(StringComparer.Ordinal), eventIds.Order(StringComparer.Ordinal));

        // The mailbox limits, as the server saw them: never more than 2 at once, never more than 20 in a minute.
        Assert.InRange(graph.MaxConcurrentRequests, 1, MaxConcurrent);
        var (busiest, from) = BusiestMinute(requests);
        Assert.True(busiest <= MaxPerMinute, $"{busiest} requests in the minute from {from:u}");

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{requests.Count} Graph calls for {delivered.Count} notifications: "
            + string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))
            + $"; max concurrency {graph.MaxConcurrentRequests}; busiest minute {busiest} requests (from {from:u}); wall time {wall.Elapsed.TotalSeconds:0.0} s");
    }

    private static Dictionary<string, int> ExpectedCalls(IReadOnlyList<Notification> delivered, int sendMails)
    {
        var invites = delivered.Select(n => n.Calendar).OfType<CalendarInvite>().ToList();
        return new Dictionary<string, int>
        {
            [GraphCalls.EventCreate] = invites.Count(i => i.Method == CalendarMethod.Request && i.Sequence == 0),
            [GraphCalls.EventUpdate] = invites.Count(i => i.Method == CalendarMethod.Request && i.Sequence > 0),
            [GraphCalls.EventCancel] = invites.Count(i => i.Method == CalendarMethod.Cancel),
            [GraphCalls.SendMail] = sendMails,
        }.Where(c => c.Value > 0).ToDictionary();
    }

    // One address per sendMail expected: a person's personal reminders of one day go as one message to them; any
    // other message without a calendar part goes to each of its distinct addresses.
    private static List<string> MailRecipients(IReadOnlyList<Notification> delivered)
    {
        var mail = delivered.Where(n => n.Calendar is null).ToList();
        var personal = mail.Where(n => n.Combinable && n.Recipients.Count == 1)
            .GroupBy(n => (n.OrganisationId, n.Recipients[0].PersonId, n.DueAt.InZone(Stockholm).Date))
            .Select(g => g.First().Recipients[0].Email);
        var others = mail.Where(n => !(n.Combinable && n.Recipients.Count == 1))
            .SelectMany(n => n.Recipients.Select(r => r.Email).Distinct(StringComparer.OrdinalIgnoreCase));
        return [.. personal, .. others];
    }

    // The most requests whose clock times fall within one 60-second window, and where that window starts.
    private static (int Count, DateTimeOffset From) BusiestMinute(IReadOnlyList<RecordedRequest> requests)
    {
        var times = requests.Select(r => r.ClockTime).Order().ToList();
        var (most, from, first) = (0, default(DateTimeOffset), 0);
        for (var last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= Minute)
            {
                first++;
            }

            if (last - first + 1 > most)
            {
                (most, from) = (last - first + 1, times[first]);
            }
        }

        return (most, from);
    }

    private static void AssertPinned(Dictionary<string, int> calls, string kind, int pinned, string what)
    {
        var actual = calls.GetValueOrDefault(kind);
        Assert.True(actual == pinned, $"{what}: pinned at {pinned}, but there were {actual}");
    }
}
