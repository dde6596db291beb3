using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// Signing in and API tokens between two förbund: a person registered in both gets one link per förbund, each naming
/// its förbund and signing in to that one only; a link or token of one förbund does not work for the other, even with
/// the other's id written into it.
/// </summary>
[Collection(TwoOrganisationsCollection.Name)]
public sealed partial class CrossOrganisationSignInTests(TwoOrganisationsFixture fixture)
{
    private const string Shared = TwoOrganisationsConfig.SharedPersonEmail;
    private const string SharedId = "johan-brandt";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonInBothFörbund_GetsALinkForEach_NamingIt_ThatSignsInToThatFörbundOnly()
    {
        var links = await RequestLinksAsync(Shared);

        Assert.Equal([TwoOrganisationsConfig.First, TwoOrganisationsConfig.Second], links.Keys.Order(StringComparer.Ordinal));
        foreach (var (org, (link, mail)) in links)
        {
            var name = fixture.Configuration.Organisation(org).Name;
            Assert.Equal($"Din inloggningslänk till SCO.Arshjul – {name}", mail.Subject);
            Assert.Contains($"logga in i SCO.Arshjul för {name}.", mail.Body, StringComparison.Ordinal);
            Assert.Equal(org, mail.OrganisationId);

            var session = Browserless.Client(fixture.Factory);
            var signedIn = await Browserless.SubmitAsync(session, link, new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var minaSidor = await session.GetStringAsync("/mina-sidor", Ct);
            Assert.Contains($"Förbund: {name}", minaSidor, StringComparison.Ordinal);
            var other = TwoOrganisationsFixture.Other(org);
            Assert.DoesNotContain(OwnTexts.Of(fixture.Configuration, fixture.Seed(other), org), t => minaSidor.Contains(t, StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/v1/orgs/{org}/decisions", Ct)).StatusCode);
            using var refused = await session.GetAsync($"/api/v1/orgs/{other}/decisions", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("organisation.forbidden", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(SharedId)]
    [InlineData("annika-westerlund")]
    public async Task LinkOfOneFörbund_WithTheOthersIdInIt_DoesNotSignIn_AndStaysUsable(string person)
    {
        var email = fixture.Configuration.Organisation(TwoOrganisationsConfig.First).People.Single(p => p.Id == person).Email;
        var link = (await RequestLinksAsync(email))[TwoOrganisationsConfig.First].Link;
        var forged = link.Replace($"/inloggning/{TwoOrganisationsConfig.First}/", $"/inloggning/{TwoOrganisationsConfig.Second}/", StringComparison.Ordinal);
        var session = Browserless.Client(fixture.Factory);

        var refused = await Browserless.SubmitAsync(session, forged, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Länken gäller inte.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SubmitAsync(session, link, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/api/v1/orgs/{TwoOrganisationsConfig.Second}/decisions", Ct)).StatusCode);
    }

    [Fact]
    public async Task ApiToken_OfOneFörbund_IsRefusedByTheOther_AlsoWithTheOthersIdWrittenIntoIt()
    {
        var (sco, sjobygden) = (TwoOrganisationsConfig.First, TwoOrganisationsConfig.Second);
        var shared = (await fixture.Factory.Services.GetRequiredService<ApiTokens>().CreateAsync(sco, SharedId, "båda förbunden", null, "test", Ct)).Token;
        var manager = fixture.Seed(sco).Token;

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(shared, $"/api/v1/orgs/{sco}/decisions"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(shared, $"/api/v1/orgs/{sjobygden}/decisions"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(manager, $"/api/v1/orgs/{sjobygden}/decisions"));
        foreach (var token in new[] { shared, manager })
        {
            var forged = $"{sjobygden}{token[sco.Length..]}";
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forged, $"/api/v1/orgs/{sjobygden}/decisions"));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forged, $"/api/v1/orgs/{sco}/decisions"));
        }
    }

    private async Task<HttpStatusCode> StatusAsync(string token, string path)
    {
        using var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(path, Ct);
        return response.StatusCode;
    }

    // Asks for a link for the address and returns, per förbund, the link (path) and the sign-in mail as the outbox holds it.
    private async Task<Dictionary<string, (string Link, Notification Mail)>> RequestLinksAsync(string email)
    {
        var outbox = fixture.Factory.Services.GetRequiredService<IOutboxStore>();
        var before = (await outbox.ListAsync(NotificationOutbox.Kind, null, 10_000, Ct)).Select(m => m.Id).ToHashSet();
        var requested = await Browserless.SubmitAsync(Browserless.Client(fixture.Factory), "/inloggning", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        return (await outbox.ListAsync(NotificationOutbox.Kind, null, 10_000, Ct))
            .Where(m => !before.Contains(m.Id))
            .Select(m => NotificationJson.Deserialize(m.Payload))
            .Where(n => n.Kind == NotificationKind.SignInLink && n.Recipients.Single().Email == email)
            .ToDictionary(n => n.OrganisationId, n => (new Uri(SignInLink().Match(n.Body).Value).PathAndQuery, n));
    }

    [GeneratedRegex(@"http://localhost/inloggning/\S+")]
    private static partial Regex SignInLink();
}
