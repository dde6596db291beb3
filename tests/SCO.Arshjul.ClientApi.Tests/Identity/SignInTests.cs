using System.Net;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Accounts;

namespace SCO.Arshjul.ClientApi.Tests.Identity;

/// <summary>Sign-in by a one-time link mailed through the outbox: single use, 15 minutes, never telling whether an address is known.</summary>
public sealed class SignInTests : IClassFixture<ArshjulWebFactory>
{
    private readonly ArshjulWebFactory _factory;

    public SignInTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LinkFromTheOutbox_SignsInOnce_AndOpensMinaSidor()
    {
        var client = await Browserless.SignInAsync(_factory, "annika.westerlund@example.org");

        var page = await client.GetStringAsync("/mina-sidor", Ct);
        Assert.Contains("Hej Annika Westerlund!", page, StringComparison.Ordinal);
        Assert.Contains("Roller: Förbundschef", page, StringComparison.Ordinal);

        var link = Browserless.LinkIn(_factory.OutboxDirectory, "annika.westerlund@example.org");
        var again = await Browserless.SubmitAsync(Browserless.Client(_factory), link.PathAndQuery, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Länken är redan använd", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningTheLink_ChangesNothing_SoMailScannersCannotUseItUp()
    {
        var client = Browserless.Client(_factory);
        await Browserless.SubmitAsync(client, "/inloggning", new Dictionary<string, string> { ["Email"] = "petra.sjodin@example.org" });
        await _factory.DispatchAsync();
        var link = Browserless.LinkIn(_factory.OutboxDirectory, "petra.sjodin@example.org");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.PathAndQuery, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.PathAndQuery, Ct)).StatusCode);
        var signIn = await Browserless.SubmitAsync(client, link.PathAndQuery, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task LinkOlderThanFifteenMinutes_IsRefused()
    {
        var client = Browserless.Client(_factory);
        await Browserless.SubmitAsync(client, "/inloggning", new Dictionary<string, string> { ["Email"] = "ulf.engstrom@example.org" });
        await _factory.DispatchAsync();
        var link = Browserless.LinkIn(_factory.OutboxDirectory, "ulf.engstrom@example.org");
        _factory.Clock.Advance(TimeSpan.FromMinutes(16));

        var signIn = await Browserless.SubmitAsync(client, link.PathAndQuery, new Dictionary<string, string>());

        Assert.Contains("Länken har gått ut", await signIn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/mina-sidor", Ct)).StatusCode);
    }

    [Fact]
    public async Task UnknownAddress_GetsTheSameAnswer_AndNoMail()
    {
        var before = Directory.Exists(_factory.OutboxDirectory) ? Directory.GetFiles(_factory.OutboxDirectory).Length : 0;

        var response = await Browserless.SubmitAsync(Browserless.Client(_factory), "/inloggning", new Dictionary<string, string> { ["Email"] = "nobody@example.org" });
        await _factory.DispatchAsync();

        Assert.Contains("Om adressen finns registrerad hos oss har vi skickat en inloggningslänk", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, Directory.Exists(_factory.OutboxDirectory) ? Directory.GetFiles(_factory.OutboxDirectory).Length : 0);
    }

    [Fact]
    public async Task TheLinkIsStoredHashed_NeverInTheAccount()
    {
        var client = Browserless.Client(_factory);
        await Browserless.SubmitAsync(client, "/inloggning", new Dictionary<string, string> { ["Email"] = "rebecka.alm@example.org" });
        await _factory.DispatchAsync();
        var secret = Browserless.LinkIn(_factory.OutboxDirectory, "rebecka.alm@example.org").Segments[^1];

        var account = await _factory.Grains.GetGrain<IAccountGrain>("sco/account/rebecka-alm").GetAsync(Ct);

        Assert.DoesNotContain(secret, System.Text.Json.JsonSerializer.Serialize(account), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManySignInRequests_Are429()
    {
        await using var factory = new ArshjulWebFactory { SignInRequestsPerMinute = 2 };
        var client = Browserless.Client(factory);
        var fields = new Dictionary<string, string> { ["Email"] = "nobody@example.org" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Browserless.SubmitAsync(client, "/inloggning", fields)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task PagesNeedSignIn_AndTheApiSays401()
    {
        var client = Browserless.Client(_factory);

        var page = await client.GetAsync("/beslut", Ct);
        var api = await client.GetAsync("/api/v1/orgs/sco/decisions", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/inloggning", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
