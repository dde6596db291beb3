using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary><c>/api/v1/orgs/{org}/notifications</c>: the outbox (Utskick), failed first, and retrying a failed notification.</summary>
public sealed class NotificationEndpointTests : IClassFixture<ArshjulWebFactory>
{
    private const string Notifications = "/api/v1/orgs/sco/notifications";
    private readonly ArshjulWebFactory _factory;

    public NotificationEndpointTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_WithoutStatus_ShowsTheFailedFirst_WithRecipientsButNoAddresses()
    {
        var failed = await ApiSeed.NotificationAsync(_factory, "sco/decision/LIST-1", failWith: "550 5.1.1 mailbox unavailable");
        var pending = await ApiSeed.NotificationAsync(_factory, "sco/decision/LIST-2");
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);

        var list = (await client.GetFromJsonAsync<JsonElement>(Notifications, Ct)).EnumerateArray().ToList();

        var failedAt = list.FindIndex(n => n.GetProperty("id").GetGuid() == failed);
        var pendingAt = list.FindIndex(n => n.GetProperty("id").GetGuid() == pending);
        Assert.True(failedAt >= 0 && pendingAt >= 0, "both notifications listed");
        Assert.True(failedAt < pendingAt, "the failed one, though older, comes first");
        Assert.DoesNotContain(list.SkipWhile(n => n.GetProperty("status").GetString() == "failed"), n => n.GetProperty("status").GetString() == "failed");
        var item = list[failedAt];
        Assert.Equal("dueReminder", item.GetProperty("kind").GetString());
        Assert.Equal("sco/decision/LIST-1", item.GetProperty("itemKey").GetString());
        Assert.Equal("Påminnelse: sco/decision/LIST-1", item.GetProperty("subject").GetString());
        Assert.Equal("550 5.1.1 mailbox unavailable", item.GetProperty("lastError").GetString());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());
        var recipient = Assert.Single(item.GetProperty("recipients").EnumerateArray());
        Assert.Equal(TestPeople.Forbundschef, recipient.GetProperty("personId").GetString());
        Assert.Equal("Annika Westerlund", recipient.GetProperty("name").GetString());
        Assert.DoesNotContain("@", recipient.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ett ärende förfaller snart", item.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("pending")]
    public async Task List_ByStatus_ShowsOnlyThatStatus_NewestFirst(string status)
    {
        var older = await ApiSeed.NotificationAsync(_factory, $"sco/decision/STATUS-{status}-1", status == "failed" ? "boom" : null);
        var newer = await ApiSeed.NotificationAsync(_factory, $"sco/decision/STATUS-{status}-2", status == "failed" ? "boom" : null);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var list = (await client.GetFromJsonAsync<JsonElement>($"{Notifications}?status={status}", Ct)).EnumerateArray().ToList();

        Assert.All(list, n => Assert.Equal(status, n.GetProperty("status").GetString()));
        var ids = list.Select(n => n.GetProperty("id").GetGuid()).ToList();
        Assert.True(ids.IndexOf(newer) >= 0 && ids.IndexOf(newer) < ids.IndexOf(older), "newest first");
    }

    [Theory]
    [InlineData("status=misslyckad", "notification.status.unknown")]
    [InlineData("status=Failed", "notification.status.unknown")]
    [InlineData("limit=0", "limit.out-of-range")]
    [InlineData("limit=501", "limit.out-of-range")]
    public async Task List_InvalidQuery_Is400(string query, string code)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.GetAsync($"{Notifications}?{query}", Ct), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task List_Limit_CapsTheCount()
    {
        await ApiSeed.NotificationAsync(_factory, "sco/decision/LIMIT-1");
        await ApiSeed.NotificationAsync(_factory, "sco/decision/LIMIT-2");
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>($"{Notifications}?limit=1", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task List_AsRevisor_Is403()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Revisor);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Notifications, Ct)).StatusCode);
    }

    [Fact]
    public async Task Retry_Failed_MakesItPending_AndTheDispatcherDeliversIt()
    {
        var id = await ApiSeed.NotificationAsync(_factory, "sco/decision/RETRY-1", failWith: "Graph 403 ErrorAccessDenied");
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);

        var response = await client.PostAsync($"{Notifications}/{id}/retry", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var retried = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("pending", retried.GetProperty("status").GetString());
        Assert.Equal(0, retried.GetProperty("attempts").GetInt32());
        Assert.Equal("Graph 403 ErrorAccessDenied", retried.GetProperty("lastError").GetString());
        await _factory.DispatchAsync();
        Assert.Equal(OutboxStatus.Delivered, (await ApiSeed.StoredAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task Retry_LandsInTheNotificationsHistory_WithWhoAndWhen()
    {
        var id = await ApiSeed.NotificationAsync(_factory, "sco/decision/RETRY-H", failWith: "550 mailbox unavailable");
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Kansli);
        var revisor = await ApiSeed.ClientAsync(_factory, TestPeople.Revisor);
        var before = await revisor.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/sco/items/notification/{id}/history", Ct);

        (await client.PostAsync($"{Notifications}/{id}/retry", null, Ct)).EnsureSuccessStatusCode();
        var after = await revisor.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/sco/items/notification/{id}/history", Ct);

        Assert.Equal(0, before.GetProperty("entries").GetArrayLength());
        var entry = Assert.Single(after.GetProperty("entries").EnumerateArray());
        Assert.Equal("sco/petra-sjodin", entry.GetProperty("actor").GetString());
        Assert.Equal("notification.retried", entry.GetProperty("action").GetString());
        Assert.Equal(_factory.Now.ToDateTimeOffset(), entry.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("Utskicket \"Påminnelse: sco/decision/RETRY-H\" skickas om.", entry.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("notification/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("notification/inte-ett-id", HttpStatusCode.BadRequest)]
    public async Task History_OfAnUnknownOrMalformedNotification_Is4xx(string item, HttpStatusCode expected)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        Assert.Equal(expected, (await client.GetAsync($"/api/v1/orgs/sco/items/{item}/history", Ct)).StatusCode);
    }

    [Fact]
    public async Task Retry_NotFailed_Is409WithASwedishReason_AndNothingChanges()
    {
        var pending = await ApiSeed.NotificationAsync(_factory, "sco/decision/RETRY-2");
        var before = await ApiSeed.StoredAsync(_factory, pending);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var response = await client.PostAsync($"{Notifications}/{pending}/retry", null, Ct);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.Conflict, "notification.not-failed");
        Assert.Contains("bara ett misslyckat utskick kan skickas om", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ApiSeed.StoredAsync(_factory, pending));
    }

    [Fact]
    public async Task Retry_Delivered_Is409()
    {
        var id = await ApiSeed.NotificationAsync(_factory, "sco/decision/RETRY-3");
        await _factory.DispatchAsync();
        Assert.Equal(OutboxStatus.Delivered, (await ApiSeed.StoredAsync(_factory, id)).Status);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.PostAsync($"{Notifications}/{id}/retry", null, Ct), HttpStatusCode.Conflict, "notification.not-failed");
        Assert.Equal(OutboxStatus.Delivered, (await ApiSeed.StoredAsync(_factory, id)).Status);
    }

    [Theory]
    [InlineData("0b5f4b8e-52e4-4a8e-9b8e-3c1f2a7d9e10")]
    [InlineData("inte-ett-id")]
    public async Task Retry_UnknownId_Is404(string id)
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        await Problems.AssertAsync(await client.PostAsync($"{Notifications}/{id}/retry", null, Ct), HttpStatusCode.NotFound, "notification.not-found");
    }

    [Fact]
    public async Task AnotherOrganisationsNotification_IsNotListedNorRetried()
    {
        var theirs = await ApiSeed.NotificationAsync(_factory, "other/decision/X-1", failWith: "boom");
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var list = await client.GetFromJsonAsync<JsonElement>($"{Notifications}?status=failed", Ct);
        var retry = await client.PostAsync($"{Notifications}/{theirs}/retry", null, Ct);

        Assert.DoesNotContain(list.EnumerateArray(), n => n.GetProperty("id").GetGuid() == theirs);
        await Problems.AssertAsync(retry, HttpStatusCode.NotFound, "notification.not-found");
        Assert.Equal(OutboxStatus.Failed, (await ApiSeed.StoredAsync(_factory, theirs)).Status);
        await Problems.AssertAsync(await client.GetAsync("/api/v1/orgs/other/notifications", Ct), HttpStatusCode.Forbidden, "organisation.forbidden");
    }

    [Fact]
    public async Task OtherOutboxKinds_AreNotListedNorRetried()
    {
        var store = _factory.Services.GetRequiredService<IOutboxStore>();
        var message = new OutboxMessage("schedule.changed", $"sco/test/{Guid.NewGuid():N}", "{}");
        await store.AppendAsync(new GrainId("test", "sco/test/schedule"), [message], Ct);
        await store.MarkFailedAsync(message.Id, "boom", Ct);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);

        var list = await client.GetFromJsonAsync<JsonElement>($"{Notifications}?status=failed", Ct);
        var retry = await client.PostAsync($"{Notifications}/{message.Id}/retry", null, Ct);

        Assert.DoesNotContain(list.EnumerateArray(), n => n.GetProperty("id").GetGuid() == message.Id);
        await Problems.AssertAsync(retry, HttpStatusCode.NotFound, "notification.not-found");
        Assert.Equal(OutboxStatus.Failed, (await store.GetAsync(message.Id, Ct))!.Status);
    }
}
