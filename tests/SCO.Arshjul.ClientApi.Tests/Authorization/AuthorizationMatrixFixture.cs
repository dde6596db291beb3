using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>
/// The web app with, for every role, its own items to act on, so that each allowed call can succeed and no role's call
/// spoils another's: a decision, meetings at each step, SAM tasks (the förbundschef's, and one of the role's own
/// person), a control of the adopted 2026 plan, a failed notification and an API token. Seeded through the grains and
/// the stores, not through the endpoints under test.
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private const string Actor = "test:matrix";
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _notifications = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _controls = [];

    public ArshjulWebFactory Factory { get; } = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client(string role) => _clients[role];

    /// <summary>A decision of the förbundschef's, or with <paramref name="own"/> one the role's person is responsible for.</summary>
    public static string Decision(string role, bool own = false) => own ? $"SCÖ 2026-E.{role}" : $"SCÖ 2026-M.{role}";

    /// <summary>A meeting of the role: <c>moved</c> and <c>cancelled</c> are ahead and planned, <c>held</c> has started with its kallelse sent, <c>minutes</c> was held.</summary>
    public static string Meeting(string step, string role) => step switch
    {
        "moved" => $"2026-12-15-matris-flytt-{role}",
        "cancelled" => $"2026-12-16-matris-installt-{role}",
        "held" => $"2026-11-20-matris-genomfort-{role}",
        "minutes" => $"2026-11-19-matris-justerat-{role}",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>An open SAM task: the förbundschef's, or with <paramref name="own"/> one the role's person is responsible for.</summary>
    public static string SamTask(string role, bool own = false) => own ? $"2026-12-02-matris-egen-{role}" : $"2026-12-01-matris-{role}";

    /// <summary>An unchecked control of the adopted 2026 plan, a different one per role.</summary>
    public string Control(string role) => _controls[IndexOf(role)];

    public Guid FailedNotification(string role) => _notifications[role];

    public string Token(string role) => _tokens[role];

    public async ValueTask InitializeAsync()
    {
        _controls = [.. (await ApiSeed.AdoptPlanAsync(Factory, 2026)).GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
        var grains = Factory.Grains;
        var tokens = Factory.Services.GetRequiredService<ApiTokens>();
        foreach (var role in ArshjulRole.All)
        {
            var person = TestPeople.With(role);
            _clients[role] = await ApiSeed.ClientAsync(Factory, person);
            _tokens[role] = (await tokens.CreateAsync(TestPeople.Org, person, "matris", null, Actor, Ct)).Info.Id;
            _notifications[role] = await ApiSeed.NotificationAsync(Factory, $"sco/decision/MATRIS-{role}", failWith: "550 mailbox unavailable");
            await grains.GetGrain<IDecisionGrain>($"sco/decision/{Decision(role)}").RecordAsync(
                new RecordDecision(Decision(role), "sco/meeting/2026-11-27-styrelse", "Matrisbeslut", "Beslut för behörighetstestet", TestPeople.Forbundschef, new LocalDate(2027, 3, 31)),
                Actor,
                Ct);
            await grains.GetGrain<IDecisionGrain>($"sco/decision/{Decision(role, own: true)}").RecordAsync(
                new RecordDecision(Decision(role, own: true), "sco/meeting/2026-11-27-styrelse", "Eget matrisbeslut", "Beslut med personen som ansvarig", person, new LocalDate(2027, 3, 31)),
                Actor,
                Ct);
            await MeetingAsync(Meeting("moved", role), new LocalDate(2026, 12, 15));
            await MeetingAsync(Meeting("cancelled", role), new LocalDate(2026, 12, 16));
            var held = await MeetingAsync(Meeting("held", role), new LocalDate(2026, 11, 20));
            await held.RecordInvitationSentAsync(Actor, Ct);
            var minutes = await MeetingAsync(Meeting("minutes", role), new LocalDate(2026, 11, 19));
            await minutes.RecordInvitationSentAsync(Actor, Ct);
            await minutes.MarkHeldAsync(Actor, Ct);
            await SamTaskAsync(SamTask(role), new LocalDate(2026, 12, 1), TestPeople.Forbundschef);
            await SamTaskAsync(SamTask(role, own: true), new LocalDate(2026, 12, 2), person);
        }
    }

    public ValueTask DisposeAsync()
    {
        Factory.Dispose(); // and with it the clients it made
        return ValueTask.CompletedTask;
    }

    private static int IndexOf(string role) => ArshjulRole.All.ToList().IndexOf(role);

    private async Task<IMeetingGrain> MeetingAsync(string id, LocalDate date)
    {
        var meeting = Factory.Grains.GetGrain<IMeetingGrain>($"sco/meeting/{id}");
        await meeting.PlanAsync(
            new PlannedMeeting(id, "adhoc", MeetingKind.BoardMeeting, ["styrelse"], "Matrismöte", date.At(new LocalTime(9, 0)), date.At(new LocalTime(11, 0)), null, [], Assumed: false),
            Actor,
            Ct);
        return meeting;
    }

    private Task<WorkEnvironmentTaskSnapshot> SamTaskAsync(string id, LocalDate due, string responsible) =>
        Factory.Grains.GetGrain<IWorkEnvironmentTaskGrain>($"sco/sam-task/{id}")
            .PlanAsync(new PlannedWorkEnvironmentTask(id, "adhoc", "Matrisuppgift", due, responsible, Assumed: false), Actor, Ct);
}
