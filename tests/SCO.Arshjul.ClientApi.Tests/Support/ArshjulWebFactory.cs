using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>
/// The web app as the README runs it (silo co-hosted, the sample configuration, SQLite, the file outbox), on a temp
/// database and outbox directory and a manual clock: Monday 23 November 2026, 09:00 in Stockholm. Mail is delivered
/// when a test calls <see cref="DispatchAsync"/>.
/// </summary>
public sealed class ArshjulWebFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly TempSqliteFile _database = new();

    public ArshjulWebFactory() => OutboxDirectory = Path.Combine(Path.GetDirectoryName(_database.Path)!, "outbox");

    public ManualTimeProvider Clock { get; } = new(Start);

    /// <summary>Sign-in requests allowed per minute (high, so tests sharing a factory do not trip it).</summary>
    public int SignInRequestsPerMinute { get; init; } = 1000;

    /// <summary>Further settings, over the factory's own (e.g. <c>Preview:MaxPerPersonPerDay</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether creating the host waits until the start-up work (each organisation's roster, wheels and reminders, which
    /// the app does in the background while it serves) is done, as most tests assume. <value>The default value is true.</value>
    /// </summary>
    public bool WaitForStartup { get; init; } = true;

    /// <summary>Services registered after the app's own and the clock, so they win (e.g. a decorated grain factory).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>Where the file channel writes mail.</summary>
    public string OutboxDirectory { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A client authenticated with a fresh personal API token of <paramref name="personId"/> (of <c>sco</c>).</summary>
    public async Task<HttpClient> ClientAsAsync(string personId, string organisation = TestPeople.Org)
    {
        var (_, token) = await Services.GetRequiredService<ApiTokens>()
            .CreateAsync(organisation, personId, $"test-{Guid.NewGuid():N}", null, "test", TestContext.Current.CancellationToken);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Delivers what the outbox holds (sign-in links, reminders) through the file channel now.</summary>
    public Task<DispatchResult> DispatchAsync()
    {
        Clock.Advance(TimeSpan.FromSeconds(1));
        return Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Now, as an instant.</summary>
    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ClientApi:ConfigDirectory", RepositoryRoot.Config.FullName);
        builder.UseSetting("Storage:SqlitePath", _database.Path);
        builder.UseSetting("Notifications:FileChannel:Directory", OutboxDirectory);
        builder.UseSetting("Notifications:Composition:WebBaseUrl", "http://localhost");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("ClientApi:SignInRequestsPerMinute", SignInRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            TestServices?.Invoke(services);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForStartup)
        {
            host.Services.GetRequiredService<StartupProgress>().Completion.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        }

        return host;
    }

    /// <summary>
    /// Stops the app. A stop that fails is reported on the error output, not thrown: it is a known open issue (seen as
    /// the host's shutdown timeout cutting off the silo's stop while an activation, the next year's wheel grain, was
    /// still in a turn; see the README's runtime section), intermittent, and no test asserts anything of the stop.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"ArshjulWebFactory: the app's stop failed (known open issue): {e}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
