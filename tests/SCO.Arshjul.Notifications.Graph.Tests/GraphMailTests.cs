using SCO.Arshjul.Notifications.Graph.Mail;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing.Graph;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>
/// Notifications without a calendar part as sendMail from the organiser mailbox: one personal message per recipient,
/// each recorded in the delivery-attempt log before it is sent. The board meeting's handlingar go to its 6 attendees.
/// </summary>
public sealed class GraphMailTests
{
    private const string SendMailPath = "/v1.0/users/" + GraphTestHost.Mailbox + "/sendMail";
    private static readonly string MeetingKey = TestPlans.BoardMeetingKey;
    private static readonly string[] Attendees =
        [.. new[] { R.Chair, R.ViceChair, R.Auditor, R.BoardMember, R.BoardDeputy, R.DeputyAndPreparer }.Select(R.Email).Order()];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Papers_OnePersonalHtmlMailPerAttendee_FromTheOrganiserMailbox()
    {
        await using var host = await InvitedAsync();

        var result = await host.FireAsync(MeetingKey, ReminderKind.Papers);

        Assert.Equal((1, 1), (result.Messages, result.Delivered));
        Assert.All(host.Graph.Requests, r => Assert.Equal(("POST", SendMailPath, 202), (r.Method, r.Path, r.StatusCode)));
        Assert.Equal(Attendees, host.Graph.Mails.Select(m => Assert.Single(m.To)).Order());
        Assert.All(host.Graph.Mails, mail =>
        {
            Assert.Equal("Handlingar: Styrelsemöte fredag 14 mars 2025", mail.Subject);
            Assert.Equal(("html", true), (mail.BodyContentType, mail.SaveToSentItems));
            Assert.Contains("Handlingarna till Styrelsemöte är utskickade.", mail.BodyContent, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://arshjul.example.org/sco/meeting/2025-03-14-styrelse\">", mail.BodyContent, StringComparison.Ordinal);
            Assert.DoesNotContain(GraphMailDelivery.PossibleDuplicateNotice, mail.BodyContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SaveToSentItemsOff_IsSentAsFalse()
    {
        await using var host = await InvitedAsync(new Dictionary<string, string?> { ["Notifications:Graph:SaveToSentItems"] = "false" });

        await host.FireAsync(MeetingKey, ReminderKind.Papers);

        Assert.All(host.Graph.Mails, m => Assert.False(m.SaveToSentItems));
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter2_IsRetriedOnceAfterAtLeastTwoSeconds()
    {
        await using var host = await InvitedAsync();
        host.Graph.Enqueue(FakeResponse.TooManyRequests(2), IsSendMail);

        var result = await host.FireAsync(MeetingKey, ReminderKind.Papers);

        Assert.Equal(1, result.Delivered);
        var requests = host.Graph.Requests;
        var throttled = Assert.Single(requests, r => r.StatusCode == 429);
        var recipient = RecipientOf(throttled);
        var retry = Assert.Single(requests, r => r.StatusCode == 202 && RecipientOf(r) == recipient);
        // Timers may fire a few milliseconds early (a CI run measured 1.99x s): 2 s less 50 ms still proves the wait.
        Assert.True(retry.WallStart - throttled.WallStart >= TimeSpan.FromMilliseconds(1950), $"retried after {(retry.WallStart - throttled.WallStart).TotalSeconds:0.000} s");
        Assert.Equal(7, requests.Count);
        Assert.Equal(Attendees, host.Graph.Mails.Select(m => Assert.Single(m.To)).Order());
    }

    [Fact]
    public async Task AccessDenied_FailsAtOnceWithoutRetry_AndKeepsGraphsError()
    {
        await using var host = await InvitedAsync();
        for (var i = 0; i < Attendees.Length; i++)
        {
            host.Graph.Enqueue(FakeResponse.Status(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."), IsSendMail);
        }

        var result = await host.FireAsync(MeetingKey, ReminderKind.Papers);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var later = await host.DispatchAsync();

        Assert.Equal((0, 1, 0), (result.Delivered, result.Failed, result.Retrying));
        Assert.Equal(0, later.Claimed);
        Assert.Equal(Attendees.Length, host.Graph.Requests.Count);
        Assert.Empty(host.Graph.Mails);
        var failed = Assert.Single(await host.RowsAsync(OutboxStatus.Failed));
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("ErrorAccessDenied (403): Access is denied. Check credentials and try again.", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneBadAddress_OthersGetTheirMail_AndTheNotificationFailsNamingWhoAndWhy()
    {
        await using var host = await InvitedAsync();
        host.Graph.Enqueue(FakeResponse.Status(400, "ErrorInvalidRecipients", "At least one recipient is not valid."), IsSendMail);

        var result = await host.FireAsync(MeetingKey, ReminderKind.Papers);

        Assert.Equal(1, result.Failed);
        Assert.Equal(5, host.Graph.Mails.Count);
        var failed = Assert.Single(await host.RowsAsync(OutboxStatus.Failed));
        Assert.StartsWith("ErrorInvalidRecipients: Sent to 5 of 6 recipient(s); failed: ", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("ErrorInvalidRecipients (400): At least one recipient is not valid.", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_IsRetriedForThatRecipientOnly_WithoutADuplicateNotice()
    {
        await using var host = await InvitedAsync(new Dictionary<string, string?> { ["Notifications:Graph:MaxRetries"] = "0" });
        host.Graph.Enqueue(FakeResponse.ServiceUnavailable(), IsSendMail);

        var first = await host.FireAsync(MeetingKey, ReminderKind.Papers);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await host.DispatchAsync();

        Assert.Equal((1, 1), (first.Retrying, second.Delivered));
        Assert.Equal(7, host.Graph.Requests.Count);
        Assert.Equal(Attendees, host.Graph.Mails.Select(m => Assert.Single(m.To)).Order());
        Assert.All(host.Graph.Mails, m => Assert.DoesNotContain(GraphMailDelivery.PossibleDuplicateNotice, m.BodyContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendWithoutAnswer_IsSentAgainMarkedAsAPossibleDuplicate()
    {
        await using var host = await InvitedAsync(new Dictionary<string, string?> { ["Notifications:Graph:RequestTimeout"] = "00:00:01" });

        var (first, second) = await host.LoseOneSendMailAnswerAsync(() => host.FireAsync(MeetingKey, ReminderKind.Papers)); // Exchange sends it

        Assert.Equal((1, 1), (first.Retrying, second.Delivered));
        var mails = host.Graph.Mails;
        Assert.Equal(7, mails.Count);
        var twice = Assert.Single(mails.GroupBy(m => m.To[0]), g => g.Count() == 2);
        Assert.Contains(GraphMailDelivery.PossibleDuplicateNotice, twice.Last().BodyContent, StringComparison.Ordinal);
        var person = R.Definition.People.Single(p => p.Email == twice.Key).Id;
        var message = Assert.Single(await host.RowsAsync(OutboxStatus.Delivered), r => r.IdempotencyKey.EndsWith("/papers", StringComparison.Ordinal));
        var attempt = await host.Attempts.GetAsync($"graph-mail/{MessageIdOf(message)}/{person}", Ct);
        Assert.Equal((DeliveryAttemptState.Succeeded, 2, 1), (attempt!.State, attempt.Attempts, attempt.InDoubtCount));
    }

    private static async Task<GraphTestHost> InvitedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await GraphTestHost.StartAsync(settings);
        await host.PlanAsync(TestPlans.BoardMeeting());
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        host.Graph.Reset();
        return host;
    }

    private static bool IsSendMail(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Path.Value?.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase) == true;

    private static string RecipientOf(RecordedRequest request) =>
        request.Json!.RootElement.GetProperty("Message").GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString()!;

    private static string MessageIdOf(StoredOutboxMessage row) =>
        Dispatching.MessageCombiner.MessageIdOf([row.IdempotencyKey]);
}
