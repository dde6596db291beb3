using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/utskick: the outbox's notifications for förbundschef and kansli, failed first, with "Försök igen".</summary>
public sealed partial class UtskickPageTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public UtskickPageTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IOutboxStore Store => _factory.Services.GetRequiredService<IOutboxStore>();

    [Fact]
    public async Task FailedNotification_IsListedFirst_AndTryingAgainMakesItPending()
    {
        var browser = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");
        var failed = await EnqueueAsync("Kallelse till styrelsemöte 11 december", failWith: "Mailbox unavailable (550)");
        var waiting = await EnqueueAsync("Påminnelse: handlingar till styrelsemötet");

        var page = await browser.GetStringAsync("/utskick", Ct);

        var (failedAt, waitingAt) = (page.IndexOf("Kallelse till styrelsemöte 11 december", StringComparison.Ordinal), page.IndexOf("Påminnelse: handlingar till styrelsemötet", StringComparison.Ordinal));
        Assert.True(failedAt >= 0 && failedAt < page.IndexOf("Väntar på att skickas", StringComparison.Ordinal) && waitingAt > failedAt);
        Assert.Contains("Mailbox unavailable (550)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig text", page, StringComparison.Ordinal);
        Assert.Contains("Göran Vikström, Sofia Nyqvist", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/moten/2026-12-11-styrelsemote\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{failed}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{waiting}\"", page, StringComparison.Ordinal);

        var retry = await Browserless.SubmitAsync(browser, "/utskick?handler=Retry", new Dictionary<string, string> { ["id"] = failed.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var message = await Store.GetAsync(failed, Ct);
        Assert.Equal((OutboxStatus.Pending, 0, "Mailbox unavailable (550)"), (message!.Status, message.Attempts, message.LastError));
        Assert.Contains("skickas på nytt", await browser.GetStringAsync("/utskick", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryOfANotificationThatHasNotFailed_ChangesNothing()
    {
        var browser = await Browserless.SignInAsync(_factory, "petra.sjodin@example.org");
        var waiting = await EnqueueAsync("Påminnelse om förfallodag");
        var before = await Store.GetAsync(waiting, Ct);

        var retry = await Browserless.SubmitAsync(browser, "/utskick?handler=Retry", new Dictionary<string, string> { ["id"] = waiting.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(before, await Store.GetAsync(waiting, Ct));
        Assert.Contains("kan inte försökas igen", await browser.GetStringAsync("/utskick", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StyrelseMember_Gets403_AndAForgedRetryChangesNothing()
    {
        var failed = await EnqueueAsync("Kallelse som misslyckades", failWith: "Timeout");
        var browser = await Browserless.SignInAsync(_factory, "goran.vikstrom@example.org");

        var page = await browser.GetAsync("/utskick", Ct);
        var token = AntiforgeryToken().Match(await browser.GetStringAsync("/mina-sidor", Ct));
        var forged = await browser.PostAsync("/utskick?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = failed.ToString(), ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Ingen behörighet", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(token.Success);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(OutboxStatus.Failed, (await Store.GetAsync(failed, Ct))!.Status);
    }

    private async Task<Guid> EnqueueAsync(string subject, string? failWith = null)
    {
        var key = $"sco/meeting/2026-12-11-styrelsemote/test/{Guid.NewGuid():N}";
        var notification = new Notification(
            key, "sco", NotificationKind.Invitation, "sco/meeting/2026-12-11-styrelsemote", "Styrelsemöte",
            [new Recipient("goran-vikstrom", "Göran Vikström", "goran.vikstrom@example.org", "ledamot"),
             new Recipient("sofia-nyqvist", "Sofia Nyqvist", "sofia.nyqvist@example.org", "ersättare", Required: false)],
            subject, "Hemlig text", _factory.Now, Late: false, Combinable: false);
        await _factory.Services.GetRequiredService<INotificationOutbox>().EnqueueAsync([notification], Ct);
        var id = (await Store.ListAsync("notification", OutboxStatus.Pending, 500, Ct)).Single(m => m.IdempotencyKey == key).Id;
        if (failWith is not null)
        {
            await Store.MarkFailedAsync(id, failWith, Ct);
        }

        return id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
