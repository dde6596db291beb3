using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Testing.Graph;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Graph.Tests.Support;

/// <summary>
/// The live delivery path against the fake Graph server: a test silo with the grains and <see cref="TestRoster"/>, the
/// real composition (<see cref="IReminderHandler"/>), the notification outbox and its dispatcher, and the Graph channel
/// with the real SDK pointed at <see cref="FakeGraphServer"/>. The clock starts on Friday 28 February 2025, 09:00 in Stockholm.
/// </summary>
internal sealed class GraphTestHost : IAsyncDisposable
{
    public const string Mailbox = "kansli@example.org";

    private GraphTestHost(FakeGraphServer graph, TestSilo silo, FakeTokenCredential credential)
    {
        Graph = graph;
        Silo = silo;
        Credential = credential;
    }

    public FakeGraphServer Graph { get; }

    public TestSilo Silo { get; }

    public FakeTokenCredential Credential { get; }

    public ManualTimeProvider Clock => Silo.Clock;

    public IGrainFactory Grains => Silo.GrainFactory;

    public IOutboxStore Outbox => Silo.Services.GetRequiredService<IOutboxStore>();

    public IDeliveryAttemptLog Attempts => Silo.Services.GetRequiredService<IDeliveryAttemptLog>();

    public NotificationDispatcher Dispatcher => Silo.Services.GetRequiredService<NotificationDispatcher>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The settings every host gets; <paramref name="settings"/> adds to or replaces them. The app's token carries
    /// <paramref name="credential"/>'s roles (the needed Calendars.ReadWrite and Mail.Send unless given).
    /// </summary>
    public static async Task<GraphTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, FakeTokenCredential? credential = null)
    {
        var clock = new ManualTimeProvider(StockholmClock.At(2025, 2, 28, 9).ToDateTimeOffset());
        var graph = await FakeGraphServer.StartAsync(clock);
        var values = new Dictionary<string, string?>
        {
            ["Notifications:Graph:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["Notifications:Graph:ClientId"] = "66666666-7777-8888-9999-000000000000",
            ["Notifications:Graph:ClientSecret"] = "not-a-real-secret",
            ["Notifications:Graph:Mailbox"] = Mailbox,
            ["Notifications:Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Notifications:Graph:RequestTimeout"] = "00:00:05",
            ["Notifications:Composition:WebBaseUrl"] = "https://arshjul.example.org",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        credential ??= FakeTokenCredential.WithGraphPermissions();
        var silo = await TestSilo.StartAsync(
            services =>
            {
                services.AddArshjulGrains();
                services.AddArshjulNotifications(configuration);
                services.AddArshjulComposition(configuration);
                Assert.True(services.AddArshjulGraphChannel(configuration));
                services.AddSingleton(new GraphCredential(credential));
            },
            clock,
            Ct);
        await silo.GrainFactory.GetGrain<IOrganisationRosterGrain>($"{TestRoster.Org}/roster").ImportAsync(TestRoster.Definition, "test", Ct);
        return new GraphTestHost(graph, silo, credential);
    }

    public IMeetingGrain Meeting(string key) => Grains.GetGrain<IMeetingGrain>(key);

    public async Task<IMeetingGrain> PlanAsync(PlannedMeeting plan)
    {
        var meeting = Meeting(TestPlans.KeyOf(plan));
        await meeting.PlanAsync(plan, "test", Ct);
        return meeting;
    }

    /// <summary>Composes <paramref name="kind"/> for the meeting now (into the outbox), then runs one dispatcher pass.</summary>
    public async Task<DispatchResult> FireAsync(string meetingKey, ReminderKind kind, string? suffix = null)
    {
        var now = Instant.FromDateTimeOffset(Clock.GetUtcNow());
        await Silo.Services.GetRequiredService<IReminderHandler>().HandleAsync(Occurrences.Meeting(meetingKey, kind, now, suffix), now, Ct);
        return await DispatchAsync();
    }

    /// <summary>Composes a due reminder of <paramref name="itemKey"/> now, then dispatches it (past the combine window).</summary>
    public async Task<DispatchResult> FireDueAsync(string itemKey, WheelItemKind itemKind, int daysBefore)
    {
        var now = Instant.FromDateTimeOffset(Clock.GetUtcNow());
        await Silo.Services.GetRequiredService<IReminderHandler>().HandleAsync(Occurrences.Due(itemKey, itemKind, daysBefore, now), now, Ct);
        Clock.Advance(TimeSpan.FromMinutes(3));
        return await DispatchAsync();
    }

    public Task<DispatchResult> DispatchAsync() => Dispatcher.DispatchDueAsync(Ct);

    /// <summary>The notification rows of the outbox with <paramref name="status"/>.</summary>
    public Task<IReadOnlyList<StoredOutboxMessage>> RowsAsync(string status) => Outbox.ListAsync("notification", status, 1000, Ct);

    /// <summary>Waits (real time) until the fake Graph server has no request in flight (e.g. one whose answer it delays).</summary>
    public async Task WaitUntilQuietAsync()
    {
        while (Graph.InFlight > 0)
        {
            await Task.Delay(20, Ct);
        }
    }

    /// <summary>
    /// Runs <paramref name="fire"/> with the first sendMail answered only after the client gave up (with
    /// <paramref name="sent"/> Exchange sends it all the same, else it drops it), waits until the server is done, then
    /// runs the dispatcher again a minute later.
    /// </summary>
    public async Task<(DispatchResult First, DispatchResult Retry)> LoseOneSendMailAnswerAsync(Func<Task<DispatchResult>> fire, bool sent = true)
    {
        ArgumentNullException.ThrowIfNull(fire);
        Graph.Enqueue(FakeResponse.Delay(TimeSpan.FromSeconds(2), sent), r => r.Path.Value?.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase) == true);
        var first = await fire();
        await WaitUntilQuietAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        return (first, await DispatchAsync());
    }

    /// <summary>Settings as strings, for <see cref="StartAsync"/>.</summary>
    public static KeyValuePair<string, string?> Setting(string key, object value) =>
        new($"Notifications:{key}", Convert.ToString(value, CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
