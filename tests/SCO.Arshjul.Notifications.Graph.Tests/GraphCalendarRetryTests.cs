using NodaTime;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>
/// A meeting's calendar messages whose first delivery failed and which a later change of the meeting overtook: the
/// retry must neither put the event back to an older version nor leave an event that a lost create made uncancelled.
/// </summary>
public sealed class GraphCalendarRetryTests
{
    private static readonly string MeetingKey = TestPlans.BoardMeetingKey;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationOvertakenByAnUpdate_IsNotSentOnRetry_AndTheEventKeepsTheNewTime()
    {
        await using var host = await StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        host.Graph.Enqueue(FakeResponse.Delay(TimeSpan.FromSeconds(2)), r => r.Method == "POST"); // made, answer lost
        var invitation = await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        await host.Graph.WaitForRequestAsync(r => r.Method == "POST", Ct);
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 13, 0), new LocalDateTime(2025, 3, 21, 15, 0), "Ny tid", "test", Ct);

        var update = await host.FireAsync(MeetingKey, ReminderKind.InvitationUpdate);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var retry = await host.DispatchAsync();

        Assert.Equal((1, 1, 1), (invitation.Retrying, update.Delivered, retry.Delivered));
        var stored = Assert.Single(host.Graph.Events);
        Assert.Equal("2025-03-21T13:00:00", stored.Json.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal(["POST", "POST", "PATCH"], host.Graph.Requests.Select(r => r.Method)); // nothing for the overtaken kallelse
        Assert.Equal(stored.Id, (await host.Meeting(MeetingKey).GetAsync(Ct)).CalendarEventId);
        Assert.Equal(2, (await host.RowsAsync(OutboxStatus.Delivered)).Count);
    }

    [Fact]
    public async Task CancellationAfterACreateWhoseAnswerWasLost_CancelsTheEventThatCreateMade()
    {
        await using var host = await StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        host.Graph.Enqueue(FakeResponse.Delay(TimeSpan.FromSeconds(2)), r => r.Method == "POST");
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        await host.Graph.WaitForRequestAsync(r => r.Method == "POST", Ct); // Exchange made the event and invited everyone
        await meeting.CancelAsync("Inga ärenden", "test", Ct);

        var cancellation = await host.FireAsync(MeetingKey, ReminderKind.Cancellation);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var retry = await host.DispatchAsync();

        Assert.Equal((1, 1), (cancellation.Delivered, retry.Delivered));
        var stored = Assert.Single(host.Graph.Events);
        Assert.True(stored.IsCancelled);
        Assert.Empty(host.Graph.Mails);
        var posts = host.Graph.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.Json!.RootElement.GetProperty("transactionId").GetString()).Distinct());
        Assert.Single(host.Graph.Requests, r => r.Path.EndsWith($"/events/{stored.Id}/cancel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancellationAfterARefusedCreate_TellsTheAttendeesByMail()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Notifications:Graph:MaxRetries"] = "0" });
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        host.Graph.Enqueue(FakeResponse.ServiceUnavailable(), r => r.Method == "POST"); // certainly not made
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        await meeting.CancelAsync("Inga ärenden", "test", Ct);

        var cancellation = await host.FireAsync(MeetingKey, ReminderKind.Cancellation);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.DispatchAsync();

        Assert.Equal(1, cancellation.Delivered);
        Assert.Empty(host.Graph.Events);
        Assert.Equal(6, host.Graph.Mails.Count);
        Assert.All(host.Graph.Mails, m => Assert.StartsWith("Inställt: Styrelsemöte", m.Subject, StringComparison.Ordinal));
        Assert.Equal(2, (await host.RowsAsync(OutboxStatus.Delivered)).Count);
    }

    private static Task<GraphTestHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["Notifications:Graph:RequestTimeout"] = "00:00:01";
        return GraphTestHost.StartAsync(settings);
    }
}
