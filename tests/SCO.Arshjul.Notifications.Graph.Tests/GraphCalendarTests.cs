using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Notifications.Graph.Calendar;
using SCO.Arshjul.Testing.Graph;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Runtime;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>Meetings as events in the organiser mailbox's calendar, through the real SDK against the fake Graph server.</summary>
public sealed class GraphCalendarTests
{
    private const string EventsPath = "/v1.0/users/" + GraphTestHost.Mailbox + "/events";
    private static readonly string MeetingKey = TestPlans.BoardMeetingKey;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invitation_CreatesOneEventWithRequiredAndOptionalAttendeesInStockholmTime()
    {
        await using var host = await GraphTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());

        var result = await host.FireAsync(MeetingKey, ReminderKind.Invitation);

        Assert.Equal(1, result.Delivered);
        var request = Assert.Single(host.Graph.Requests);
        Assert.Equal(("POST", EventsPath, 201), (request.Method, request.Path, request.StatusCode));
        Assert.StartsWith("Bearer ", request.Headers["Authorization"], StringComparison.Ordinal);
        var json = request.Json!.RootElement;
        Assert.Equal("Styrelsemöte", json.GetProperty("subject").GetString());
        Assert.Equal(("2025-03-14T09:00:00", "W. Europe Standard Time"), DateTimeZoneOf(json.GetProperty("start")));
        Assert.Equal(("2025-03-14T12:00:00", "W. Europe Standard Time"), DateTimeZoneOf(json.GetProperty("end")));
        Assert.Equal("Kansliet, Linköping", json.GetProperty("location").GetProperty("displayName").GetString());
        Assert.False(json.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal(GraphEventBuilder.TransactionIdOf($"{MeetingKey}@arshjul"), json.GetProperty("transactionId").GetString());

        var attendees = json.GetProperty("attendees").EnumerateArray()
            .ToDictionary(a => a.GetProperty("emailAddress").GetProperty("address").GetString()!, a => a.GetProperty("type").GetString());
        var expected = new[] { R.Chair, R.ViceChair, R.Auditor, R.BoardMember }.ToDictionary(R.Email, _ => (string?)"required");
        expected[R.Email(R.BoardDeputy)] = "optional";
        expected[R.Email(R.DeputyAndPreparer)] = "optional";
        Assert.Equal(expected.OrderBy(e => e.Key), attendees.OrderBy(a => a.Key));

        var body = json.GetProperty("body");
        Assert.Equal("html", body.GetProperty("contentType").GetString());
        var html = body.GetProperty("content").GetString()!;
        Assert.Contains("1. Mötets öppnande<br>2. Ekonomisk rapport<br>3. Beslut och processer", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://arshjul.example.org/sco/meeting/2025-03-14-styrelse\">", html, StringComparison.Ordinal);

        var created = Assert.Single(host.Graph.Events);
        Assert.Equal(created.Id, (await host.Meeting(MeetingKey).GetAsync(Ct)).CalendarEventId);
    }

    [Fact]
    public async Task Reschedule_PatchesTheSameEventOnceWithTheNewTime()
    {
        await using var host = await GraphTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        var eventId = Assert.Single(host.Graph.Events).Id;
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 13, 0), new LocalDateTime(2025, 3, 21, 15, 30), "Krock med budgetdagen", "test", Ct);

        var result = await host.FireAsync(MeetingKey, ReminderKind.InvitationUpdate);

        Assert.Equal(1, result.Delivered);
        var requests = host.Graph.Requests;
        Assert.Equal(2, requests.Count);
        var patch = requests[1];
        Assert.Equal(("PATCH", $"{EventsPath}/{eventId}", 200), (patch.Method, patch.Path, patch.StatusCode));
        Assert.Equal(("2025-03-21T13:00:00", "W. Europe Standard Time"), DateTimeZoneOf(patch.Json!.RootElement.GetProperty("start")));
        Assert.Equal(("2025-03-21T15:30:00", "W. Europe Standard Time"), DateTimeZoneOf(patch.Json.RootElement.GetProperty("end")));
        Assert.Contains("har fått ny tid", patch.Json.RootElement.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(eventId, Assert.Single(host.Graph.Events).Id);
    }

    [Fact]
    public async Task Cancel_CallsTheEventsCancelActionWithTheMessage()
    {
        await using var host = await GraphTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        var eventId = Assert.Single(host.Graph.Events).Id;
        await meeting.CancelAsync("Inga ärenden att behandla", "test", Ct);

        var result = await host.FireAsync(MeetingKey, ReminderKind.Cancellation);

        Assert.Equal(1, result.Delivered);
        var cancel = host.Graph.Requests[^1];
        Assert.Equal(("POST", $"{EventsPath}/{eventId}/cancel", 202), (cancel.Method, cancel.Path, cancel.StatusCode));
        Assert.Contains("Inga ärenden att behandla", PropertyIgnoringCase(cancel.Json!.RootElement, "comment").GetString(), StringComparison.Ordinal);
        Assert.True(Assert.Single(host.Graph.Events).IsCancelled);
        Assert.Equal(2, host.Graph.Requests.Count);
    }

    [Fact]
    public async Task CreateTimedOut_IsRetriedWithTheSameTransactionId_AndMakesOneEvent()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Notifications:Graph:RequestTimeout"] = "00:00:01" });
        await host.PlanAsync(TestPlans.BoardMeeting());
        host.Graph.Enqueue(FakeResponse.Delay(TimeSpan.FromSeconds(3)), r => r.Method == "POST");

        var first = await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        await host.Graph.WaitForRequestAsync(r => r.Method == "POST", Ct); // the server did create it, after the client gave up

        Assert.Equal((0, 1), (first.Delivered, first.Retrying));
        Assert.Null((await host.Meeting(MeetingKey).GetAsync(Ct)).CalendarEventId);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await host.DispatchAsync();

        Assert.Equal(1, second.Delivered);
        var posts = host.Graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.Json!.RootElement.GetProperty("transactionId").GetString()).Distinct());
        var created = Assert.Single(host.Graph.Events);
        Assert.Equal(created.Id, (await host.Meeting(MeetingKey).GetAsync(Ct)).CalendarEventId);
        Assert.Single(await host.RowsAsync(OutboxStatus.Delivered));
    }

    [Fact]
    public async Task TeamsLocation_CreatesAnOnlineMeeting()
    {
        await using var host = await GraphTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting() with { Location = "Digitalt (Teams)" });

        await host.FireAsync(MeetingKey, ReminderKind.Invitation);

        var json = Assert.Single(host.Graph.Requests).Json!.RootElement;
        Assert.True(json.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", json.GetProperty("onlineMeetingProvider").GetString());
    }

    [Fact]
    public async Task EventDeletedInOutlook_UpdateCreatesItAnewAndKeepsTheNewId()
    {
        await using var host = await GraphTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        var oldTransaction = Assert.Single(host.Graph.Events).TransactionId;
        host.Graph.Reset(); // the event is gone from the mailbox
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Ny tid", "test", Ct);

        var result = await host.FireAsync(MeetingKey, ReminderKind.InvitationUpdate);

        Assert.Equal(1, result.Delivered);
        Assert.Equal(["PATCH", "POST"], host.Graph.Requests.Select(r => r.Method));
        var recreated = Assert.Single(host.Graph.Events);
        Assert.Equal(("2025-03-21T09:00:00", "W. Europe Standard Time"), DateTimeZoneOf(recreated.Json.GetProperty("start")));
        Assert.Equal(recreated.Id, (await host.Meeting(MeetingKey).GetAsync(Ct)).CalendarEventId);
        Assert.NotEqual(oldTransaction, recreated.TransactionId); // else Graph would hand back the deleted event
    }

    [Fact]
    public async Task CancelOfAMeetingWithoutAnEvent_TellsEachAttendeeByMail()
    {
        await using var host = await GraphTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RecordInvitationSentAsync("test", Ct); // the kallelse went out before Graph was configured
        await meeting.CancelAsync("Inga ärenden", "test", Ct);

        var result = await host.FireAsync(MeetingKey, ReminderKind.Cancellation);

        Assert.Equal(1, result.Delivered);
        Assert.Empty(host.Graph.Events);
        Assert.Equal(6, host.Graph.Mails.Count);
        Assert.All(host.Graph.Mails, m => Assert.StartsWith("Inställt: Styrelsemöte", m.Subject, StringComparison.Ordinal));
    }

    private static (string?, string?) DateTimeZoneOf(JsonElement value) =>
        (value.GetProperty("dateTime").GetString(), value.GetProperty("timeZone").GetString());

    private static JsonElement PropertyIgnoringCase(JsonElement element, string name) =>
        element.EnumerateObject().First(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
