using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Feeds;

/// <summary>
/// The server secret behind the feed keys: <c>ClientApi:FeedSecret</c> when configured (no file), else generated once
/// into <c>feed-secret</c> beside the database, owner-only, so that feed links survive a restart.
/// </summary>
public sealed class FeedSecretTests
{
    private static readonly Uri RequestBase = new("http://localhost/");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GeneratedSecret_IsKeptOwnerOnly_AndTheNextStartOnTheSameDataDirectoryGivesTheSameLinks()
    {
        using var data = new TempSqliteFile();
        var secretFile = Path.Combine(Path.GetDirectoryName(data.Path)!, "feed-secret");
        Uri first;
        using (var factory = Start(("Storage:SqlitePath", data.Path)))
        {
            first = PersonFeed(factory);
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(first, Ct)).StatusCode);
        }

        Assert.True(File.Exists(secretFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secretFile));
        }

        using (var restarted = Start(("Storage:SqlitePath", data.Path)))
        {
            Assert.Equal(first, PersonFeed(restarted));
            Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync(first, Ct)).StatusCode);
        }

        using var elsewhere = Start();
        Assert.NotEqual(first, PersonFeed(elsewhere));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.CreateClient().GetAsync(first, Ct)).StatusCode);
    }

    [Fact]
    public async Task ConfiguredSecret_KeyIsHmacSha256OfOrgKindAndId_AndNoFileIsWritten()
    {
        const string Secret = "a-configured-secret-of-forty-characters!";
        using var data = new TempSqliteFile();
        using var factory = Start(("Storage:SqlitePath", data.Path), ("ClientApi:FeedSecret", Secret));

        var link = factory.Services.GetRequiredService<CalendarFeedLinks>().BodyFeed(TestPeople.Org, "styrelse", RequestBase);
        var response = await factory.CreateClient().GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("sco/body/styrelse")));
        Assert.Equal($"?key={expected}", link.Query);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(data.Path)!, "feed-secret")));
    }

    [Fact]
    public void ConfiguredSecretTooShort_StopsTheStart()
    {
        using var factory = Start(("ClientApi:FeedSecret", "too-short"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ClientApi:FeedSecret must be at least 32 characters", Messages(error), StringComparison.Ordinal);
    }

    private static Uri PersonFeed(OwnedFactory factory) =>
        factory.Services.GetRequiredService<CalendarFeedLinks>().PersonFeed(TestPeople.Org, TestPeople.Ledamot, RequestBase);

    /// <summary>The sample web app with <paramref name="settings"/> on top of <see cref="ArshjulWebFactory"/>'s.</summary>
    private static OwnedFactory Start(params (string Key, string Value)[] settings)
    {
        var inner = new ArshjulWebFactory();
        return new OwnedFactory(inner, inner.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }));
    }

    private static string Messages(Exception error) => error.InnerException is null ? error.Message : $"{error.Message} {Messages(error.InnerException)}";

    /// <summary>A configured factory that disposes the factory it was made from too.</summary>
    private sealed class OwnedFactory(ArshjulWebFactory inner, WebApplicationFactory<Program> configured) : IDisposable
    {
        public IServiceProvider Services => configured.Services;

        public HttpClient CreateClient() => configured.CreateClient();

        public void Dispose()
        {
            configured.Dispose();
            inner.Dispose();
        }
    }
}
