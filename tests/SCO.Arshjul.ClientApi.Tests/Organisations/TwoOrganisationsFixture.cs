using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// One deployment serving two förbund (<see cref="TwoOrganisationsConfig"/>: SCÖ and the fictional Sjöbygden), each
/// seeded with items of its own (<see cref="OrganisationSeed"/>) by its förbundschef, the changes they caused
/// processed, so that what is stored stands still until a test writes.
/// </summary>
public sealed class TwoOrganisationsFixture : IAsyncLifetime
{
    private const string Actor = "test:isolation";
    private static readonly string[] Board = ["styrelse"];
    private readonly TwoOrganisationsConfig _config = new();
    private readonly Dictionary<string, OrganisationSeed> _seeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpClient> _managers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpClient> _sessions = new(StringComparer.Ordinal);

    public TwoOrganisationsFixture() =>
        Factory = new ArshjulWebFactory { Settings = new Dictionary<string, string> { ["ClientApi:ConfigDirectory"] = _config.Directory } };

    public ArshjulWebFactory Factory { get; }

    /// <summary>The configuration the app serves: both organisations.</summary>
    public ArshjulConfiguration Configuration => Factory.Services.GetRequiredService<ArshjulConfiguration>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What was seeded for <paramref name="org"/>.</summary>
    public OrganisationSeed Seed(string org) => _seeds[org];

    /// <summary>The other organisation of the two.</summary>
    public static string Other(string org) => org == TwoOrganisationsConfig.First ? TwoOrganisationsConfig.Second : TwoOrganisationsConfig.First;

    /// <summary>A client with an API token of <paramref name="org"/>'s förbundschef (kept: do not dispose).</summary>
    public HttpClient Manager(string org) => _managers[org];

    /// <summary>A cookie session of <paramref name="org"/>'s förbundschef, signed in by the mailed link once (kept: do not dispose).</summary>
    public async Task<HttpClient> SessionAsync(string org)
    {
        if (!_sessions.TryGetValue(org, out var session))
        {
            var manager = Configuration.Organisation(org).People.Single(p => p.Id == Seed(org).Manager);
            session = _sessions[org] = await Browserless.SignInAsync(Factory, manager.Email);
        }

        return session;
    }

    public async ValueTask InitializeAsync()
    {
        _seeds[TwoOrganisationsConfig.First] = await SeedAsync(
            TwoOrganisationsConfig.First, "annika-westerlund", "Östgötadialog om språkstöd", "SCÖ 2026-9.9", "Centrala uppdraget om språkstöd", 2027, ("ingrid-malmsten", "styrelse", "chair"));
        _seeds[TwoOrganisationsConfig.Second] = await SeedAsync(
            TwoOrganisationsConfig.Second, "karin-sjoberg", "Sjöbygdens extramöte", "SSB 2026-7.1", "Sjöbygdens uppdrag om unga vuxna", 2028, ("linnea-vass", "arbetsgrupp-unga", "member"));
        var changes = Factory.Services.GetRequiredService<ChangeProcessor>();
        while (await changes.ProcessPendingAsync(Ct) > 0)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        Factory.Dispose();
        _config.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<OrganisationSeed> SeedAsync(
        string org, string manager, string meetingTitle, string reference, string decisionTitle, int onlyYear, (string, string, string) membership)
    {
        var client = await Factory.ClientAsAsync(manager, org);
        _managers[org] = client;
        var meeting = await PostAsync(client, $"/api/v1/orgs/{org}/meetings", new
        {
            title = meetingTitle,
            kind = "boardMeeting",
            bodies = Board,
            start = "2026-12-09T13:00:00",
            end = "2026-12-09T15:00:00",
            location = $"Kansliet i {meetingTitle}",
            agenda = new[] { $"Dagordningspunkt för {meetingTitle}" },
        });
        var meetingId = meeting.GetProperty("id").GetString()!;
        await PostAsync(client, $"/api/v1/orgs/{org}/decisions", new
        {
            reference,
            meetingKey = $"{org}/meeting/{meetingId}",
            title = decisionTitle,
            text = $"Beslutstext: {decisionTitle}",
            responsible = manager,
            due = "2027-03-31",
        });

        var person = Configuration.Organisation(org).People.Single(p => p.Id == manager);
        var notification = await ApiSeed.NotificationAsync(
            Factory, $"{org}/decision/{reference}", failWith: "550 mailbox unavailable", new Recipient(person.Id, person.Name, person.Email, "förbundschef"));
        var token = await Factory.Services.GetRequiredService<ApiTokens>().CreateAsync(org, manager, "isolering", null, Actor, Ct);

        var plan = Configuration.Plan(org, onlyYear);
        await Factory.Grains.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey(org, onlyYear)).GenerateAsync(plan, Actor, Ct);
        return new OrganisationSeed(
            org,
            manager,
            meetingId,
            meetingTitle,
            reference,
            decisionTitle,
            notification,
            token.Token,
            onlyYear,
            plan.WorkEnvironmentTasks[0].Id,
            plan.InternalControl.Controls[0].Id,
            membership.Item2,
            manager,
            membership);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"seeding {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
