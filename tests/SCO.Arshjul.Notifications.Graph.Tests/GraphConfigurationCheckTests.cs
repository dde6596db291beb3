using SCO.Arshjul.Notifications.Graph.Check;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary><c>graph check</c> against the fake Graph server: each problem named in plain Swedish, nothing sent.</summary>
public sealed class GraphConfigurationCheckTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private FakeGraphServer _graph = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _graph = await FakeGraphServer.StartAsync(_clock);

    public ValueTask DisposeAsync() => _graph.DisposeAsync();

    [Fact]
    public async Task EverythingInPlace_EveryStepOk_AndNothingSent()
    {
        var steps = await RunAsync(FakeTokenCredential.WithGraphPermissions());

        Assert.Equal(["Inställningar", "Token", "Behörigheter", "Postlådan kansli@example.org"], steps.Select(s => s.Title));
        Assert.All(steps, s => Assert.True(s.Ok, s.ToString()));
        var probe = Assert.Single(_graph.Requests);
        Assert.Equal(("GET", "/v1.0/users/kansli@example.org/calendar"), (probe.Method, probe.Path));
        Assert.Empty(_graph.Mails);
        Assert.Empty(_graph.Events);
    }

    [Fact]
    public async Task MissingMailSend_NamesThePermission()
    {
        var steps = await RunAsync(new FakeTokenCredential("Calendars.ReadWrite"));

        var permissions = Assert.Single(steps, s => s.Title == "Behörigheter");
        Assert.False(permissions.Ok);
        Assert.StartsWith("Appen saknar applikationsbehörigheten Mail.Send", permissions.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutMailRead_PassesButRecommendsIt()
    {
        var without = Assert.Single(await RunAsync(FakeTokenCredential.WithGraphPermissions()), s => s.Title == "Behörigheter");
        var with = Assert.Single(await RunAsync(FakeTokenCredential.WithRecommendedGraphPermissions()), s => s.Title == "Behörigheter");

        Assert.True(without.Ok);
        Assert.Contains("Rekommenderat: ge appen även Mail.Read", without.Detail, StringComparison.Ordinal);
        Assert.True(with.Ok);
        Assert.DoesNotContain("Mail.Read", with.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailboxClosedToTheApp_PointsAtRbacForApplications()
    {
        _graph.Enqueue(FakeResponse.Status(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));

        var mailbox = (await RunAsync(FakeTokenCredential.WithGraphPermissions()))[^1];

        Assert.False(mailbox.Ok);
        Assert.Contains("RBAC for Applications", mailbox.Detail, StringComparison.Ordinal);
        Assert.Contains("ErrorAccessDenied (403)", mailbox.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSuchMailbox_SaysSo()
    {
        _graph.Enqueue(FakeResponse.Status(404, "ErrorInvalidUser", "The requested user 'kansli@example.org' is invalid."));

        var mailbox = (await RunAsync(FakeTokenCredential.WithGraphPermissions()))[^1];

        Assert.False(mailbox.Ok);
        Assert.StartsWith("Postlådan finns inte", mailbox.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSettings_SaysTheFileOutboxIsUsed()
    {
        var step = Assert.Single(await GraphConfigurationCheck.RunAsync(new GraphOptions(), null, _clock, Ct));

        Assert.False(step.Ok);
        Assert.Contains("filutkorgen", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncompleteSettings_StopBeforeAnyRequest()
    {
        var options = new GraphOptions { Mailbox = "kansli@example.org", BaseUrl = _graph.BaseUrl };

        var step = Assert.Single(await GraphConfigurationCheck.RunAsync(options, new GraphCredential(FakeTokenCredential.WithGraphPermissions()), _clock, Ct));

        Assert.False(step.Ok);
        Assert.Contains("TenantId", step.Detail, StringComparison.Ordinal);
        Assert.Empty(_graph.Requests);
    }

    private Task<IReadOnlyList<GraphCheckStep>> RunAsync(FakeTokenCredential credential) =>
        GraphConfigurationCheck.RunAsync(
            new GraphOptions
            {
                TenantId = Guid.NewGuid().ToString(),
                ClientId = Guid.NewGuid().ToString(),
                ClientSecret = "not-a-real-secret",
                Mailbox = "kansli@example.org",
                BaseUrl = _graph.BaseUrl,
            },
            new GraphCredential(credential),
            _clock,
            Ct);
}
