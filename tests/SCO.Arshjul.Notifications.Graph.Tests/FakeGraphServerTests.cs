using System.Net;
using System.Text;
using System.Text.Json;
using SCO.Arshjul.Testing.Graph;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>The fake Graph server itself, spoken to with a plain HttpClient, so the channel tests can trust it.</summary>
public sealed class FakeGraphServerTests : IAsyncLifetime
{
    private const string Mailbox = "kansli@sco.se";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private FakeGraphServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeGraphServer.StartAsync(_clock);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CreateEvent_SameTransactionIdTwice_StoresOneEventAndAnswersItBothTimes()
    {
        const string body = """{"subject":"Styrelsemöte","transactionId":"tx-1"}""";

        using var first = await SendAsync(HttpMethod.Post, "users/Kansli@SCO.se/events", body);
        using var second = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events", body);
        using var other = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events", """{"subject":"Annat","transactionId":"tx-2"}""");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var firstText = await first.Content.ReadAsStringAsync(Ct);
        using var answer = JsonDocument.Parse(firstText);
        Assert.Equal(("AAMk-1", "Styrelsemöte"), (answer.RootElement.GetProperty("id").GetString(), answer.RootElement.GetProperty("subject").GetString()));
        Assert.Equal(firstText, await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["AAMk-1", "AAMk-2"], _server.Events.Select(e => e.Id));
        Assert.Equal(("tx-1", "Kansli@SCO.se"), (_server.Events[0].TransactionId, _server.Events[0].Mailbox));
    }

    [Fact]
    public async Task PatchEvent_KnownAndUnknownId_MergesTopLevelPropertiesOr404()
    {
        using var created = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events", """{"subject":"Möte","location":{"displayName":"A"}}""");

        using var patched = await SendAsync(HttpMethod.Patch, $"users/{Mailbox}/events/AAMk-1", """{"location":{"displayName":"B"}}""");
        using var missing = await SendAsync(HttpMethod.Patch, $"users/{Mailbox}/events/AAMk-9", """{"subject":"X"}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var stored = Assert.Single(_server.Events).Json;
        Assert.Equal(("Möte", "B"), (stored.GetProperty("subject").GetString(), stored.GetProperty("location").GetProperty("displayName").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":\"ErrorItemNotFound\"", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelEvent_CommentInAnyCase_MarksCancelledWith202()
    {
        using var created = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events", """{"subject":"Möte"}""");

        using var cancelled = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events/AAMk-1/cancel", """{"Comment":"Inställt"}""");
        using var missing = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/events/AAMk-2/cancel", """{"comment":"x"}""");

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.NotFound), (cancelled.StatusCode, missing.StatusCode));
        Assert.Empty(await cancelled.Content.ReadAsByteArrayAsync(Ct));
        var stored = Assert.Single(_server.Events);
        Assert.Equal((true, "Inställt"), (stored.IsCancelled, stored.CancelComment));
        Assert.True(stored.Json.GetProperty("isCancelled").GetBoolean());
    }

    [Fact]
    public async Task SendMail_PascalCaseTopLevelKeys_RecordsTheMail()
    {
        const string body = """
            {"Message":{"subject":"Påminnelse","body":{"contentType":"html","content":"<p>Hej</p>"},
             "toRecipients":[{"emailAddress":{"address":"a@sco.se"}},{"emailAddress":{"address":"b@sco.se"}}]},
             "SaveToSentItems":false}
            """;

        using var sent = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/sendMail", body);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var mail = Assert.Single(_server.Mails);
        Assert.Equal((Mailbox, "Påminnelse", "html", "<p>Hej</p>", (bool?)false), (mail.Mailbox, mail.Subject, mail.BodyContentType, mail.BodyContent, mail.SaveToSentItems));
        Assert.Equal(["a@sco.se", "b@sco.se"], mail.To);
        var recorded = Assert.Single(_server.Requests);
        Assert.True(recorded.Json!.RootElement.TryGetProperty("SaveToSentItems", out _));
        Assert.Equal((_clock.GetUtcNow(), 202), (recorded.ClockTime, recorded.StatusCode));
    }

    [Fact]
    public async Task Enqueue_TooManyRequestsForMail_AnswersOnlyTheNextMatchingRequestWithRetryAfter()
    {
        _server.Enqueue(FakeResponse.TooManyRequests(7), r => r.Path.Value!.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase));

        using var calendar = await SendAsync(HttpMethod.Get, $"users/{Mailbox}/calendar");
        using var throttled = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/sendMail", """{"Message":{"subject":"S"}}""");
        using var retried = await SendAsync(HttpMethod.Post, $"users/{Mailbox}/sendMail", """{"Message":{"subject":"S"}}""");

        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("\"code\":\"TooManyRequests\"", await throttled.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Single(_server.Mails);
        Assert.Equal([200, 429, 202], _server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Enqueue_DelayLongerThanTheClientWaits_StillCreatesTheEvent()
    {
        _server.Enqueue(FakeResponse.Delay(TimeSpan.FromMilliseconds(500)));
        using var clientGivesUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        clientGivesUp.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => SendAsync(HttpMethod.Post, $"users/{Mailbox}/events", """{"subject":"Möte","transactionId":"tx-1"}""", clientGivesUp.Token));
        var create = await _server.WaitForRequestAsync(r => r.Method == "POST", Ct);

        Assert.Equal(201, create.StatusCode);
        Assert.Equal("tx-1", Assert.Single(_server.Events).TransactionId);
    }

    [Fact]
    public async Task Latency_SixParallelRequests_OverlapInThePipeline()
    {
        _server.Latency = TimeSpan.FromMilliseconds(200);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync(HttpMethod.Get, $"users/{Mailbox}/calendar")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.InRange(_server.MaxConcurrentRequests, 2, 6);
        Assert.Equal(6, _server.Requests.Count);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task UnknownRouteOrMethod_AnyRequest_Answers404ResourceNotFoundAndRecordsIt()
    {
        using var unknown = await SendAsync(HttpMethod.Get, $"users/{Mailbox}/messages");
        using var wrongMethod = await SendAsync(HttpMethod.Get, $"users/{Mailbox}/events");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, wrongMethod.StatusCode));
        Assert.Contains("\"code\":\"ResourceNotFound\"", await wrongMethod.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal([404, 404], _server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task RequireAuthorization_RequestWithoutBearerToken_Answers401()
    {
        _server.RequireAuthorization = _ => true;

        using var anonymous = await SendAsync(HttpMethod.Get, $"users/{Mailbox}/calendar");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{_server.BaseUrl}/users/{Mailbox}/calendar"));
        request.Headers.Authorization = new("Bearer", "token");
        using var authorized = await _http.SendAsync(request, Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (anonymous.StatusCode, authorized.StatusCode));
        Assert.Contains("InvalidAuthenticationToken", await anonymous.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, CancellationToken? cancellationToken = null)
    {
        using var request = new HttpRequestMessage(method, new Uri($"{_server.BaseUrl}/{path}"));
        request.Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json");
        return await _http.SendAsync(request, cancellationToken ?? Ct);
    }
}
