using SCO.Arshjul.Notifications.Graph.Mail;
using SCO.Arshjul.Notifications.Graph.Tests.Support;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>
/// A mail whose answer was lost, with the app allowed to read the mailbox (Mail.Read): Sent Items, where each copy
/// carries its attempt key as an extended property, tells whether it went. The board meeting's handlingar go to 6 attendees.
/// </summary>
public sealed class GraphMailSentItemsTests
{
    private const string SentItemsPath = "/v1.0/users/" + GraphTestHost.Mailbox + "/mailFolders/sentitems/messages";
    private static readonly string MeetingKey = TestPlans.BoardMeetingKey;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendWithoutAnswer_FoundInSentItems_IsNotSentAgain()
    {
        await using var host = await InvitedAsync();

        var (first, second) = await host.LoseOneSendMailAnswerAsync(Papers(host)); // Exchange sends it; the answer comes too late

        Assert.Equal((1, 1), (first.Retrying, second.Delivered));
        var mails = host.Graph.Mails;
        Assert.Equal(6, mails.Count);
        Assert.Equal(6, mails.Select(m => m.To[0]).Distinct().Count());
        Assert.All(mails, m => Assert.DoesNotContain(GraphMailDelivery.PossibleDuplicateNotice, m.BodyContent, StringComparison.Ordinal));
        var row = Assert.Single(await host.RowsAsync(OutboxStatus.Delivered), r => r.IdempotencyKey.EndsWith("/papers", StringComparison.Ordinal));
        var messageId = Dispatching.MessageCombiner.MessageIdOf([row.IdempotencyKey]);
        Assert.All(mails, m => Assert.StartsWith($"graph-mail/{messageId}/", m.ExtendedProperty(SentItemsLookup.PropertyId), StringComparison.Ordinal));
        Assert.Equal(200, Assert.Single(host.Graph.Requests, r => r.Path == SentItemsPath).StatusCode);
        var attempts = new List<(DeliveryAttemptState, int, int)>();
        foreach (var mail in mails)
        {
            var attempt = await host.Attempts.GetAsync(mail.ExtendedProperty(SentItemsLookup.PropertyId)!, Ct);
            attempts.Add((attempt!.State, attempt.Attempts, attempt.InDoubtCount));
        }

        Assert.Single(attempts, a => a == (DeliveryAttemptState.Succeeded, 2, 1)); // the lost one, found in Sent Items
        Assert.Equal(5, attempts.Count(a => a == (DeliveryAttemptState.Succeeded, 1, 0)));
    }

    [Fact]
    public async Task SendWithoutAnswer_NotInSentItems_IsSentAgainWithoutADuplicateNotice()
    {
        await using var host = await InvitedAsync();

        var (first, second) = await host.LoseOneSendMailAnswerAsync(Papers(host), sent: false); // the request never got through

        Assert.Equal((1, 1), (first.Retrying, second.Delivered));
        Assert.Equal(6, host.Graph.Mails.Select(m => m.To[0]).Distinct().Count());
        Assert.Equal(6, host.Graph.Mails.Count);
        Assert.All(host.Graph.Mails, m => Assert.DoesNotContain(GraphMailDelivery.PossibleDuplicateNotice, m.BodyContent, StringComparison.Ordinal));
        Assert.Single(host.Graph.Requests, r => r.Path == SentItemsPath);
    }

    [Fact]
    public async Task SendWithoutAnswer_SaveToSentItemsOff_IsSentAgainMarkedWithoutALookup()
    {
        await using var host = await InvitedAsync(new Dictionary<string, string?> { ["Notifications:Graph:SaveToSentItems"] = "false" });

        var (_, second) = await host.LoseOneSendMailAnswerAsync(Papers(host));

        Assert.Equal(1, second.Delivered);
        Assert.Equal(7, host.Graph.Mails.Count);
        Assert.Contains(GraphMailDelivery.PossibleDuplicateNotice, host.Graph.Mails[^1].BodyContent, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Graph.Requests, r => r.Path == SentItemsPath);
    }

    [Fact]
    public async Task SentItemsThrottled_TheMailWaitsForAnAnswer_AndIsNotSentMeanwhile()
    {
        await using var host = await InvitedAsync(new Dictionary<string, string?> { ["Notifications:Graph:MaxRetries"] = "0" });
        host.Graph.Enqueue(FakeResponse.TooManyRequests(1), r => r.Path.Value?.EndsWith("/messages", StringComparison.Ordinal) == true);

        var (_, second) = await host.LoseOneSendMailAnswerAsync(Papers(host));
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var third = await host.DispatchAsync();

        Assert.Equal((1, 1), (second.Retrying, third.Delivered));
        Assert.Equal(6, host.Graph.Mails.Count);
        Assert.Equal([429, 200], host.Graph.Requests.Where(r => r.Path == SentItemsPath).Select(r => r.StatusCode));
    }

    private static async Task<GraphTestHost> InvitedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Notifications:Graph:RequestTimeout"] = "00:00:01" };
        var host = await GraphTestHost.StartAsync(values, FakeTokenCredential.WithRecommendedGraphPermissions());
        await host.PlanAsync(TestPlans.BoardMeeting());
        await host.FireAsync(MeetingKey, ReminderKind.Invitation);
        host.Graph.Reset();
        return host;
    }

    private static Func<Task<Dispatching.DispatchResult>> Papers(GraphTestHost host) => () => host.FireAsync(MeetingKey, ReminderKind.Papers);
}
