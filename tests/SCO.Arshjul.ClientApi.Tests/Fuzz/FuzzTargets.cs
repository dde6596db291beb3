using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// What a request is built from before the generator breaks it: the valid path values (per route segment, e.g.
/// <c>meetings/{id}</c>), query values and body values (raw JSON, per property name) of the seeded organisation; by
/// type for a name it does not know, so a new endpoint still gets a request that reaches its checks.
/// </summary>
public sealed class FuzzTargets
{
    private const string WheelMeeting = "2026-12-11-styrelsemote";
    private static readonly string[] MeetingSteps = ["moved", "cancelled", "held", "minutes"];

    private readonly Dictionary<string, string[]> _path;
    private readonly Dictionary<string, string[]> _query;
    private readonly Dictionary<string, string[]> _body;

    private FuzzTargets(Dictionary<string, string[]> path, Dictionary<string, string[]> query, Dictionary<string, string[]> body) =>
        (_path, _query, _body) = (path, query, body);

    /// <summary>The meetings the campaign aims at (route ids), for the state snapshot.</summary>
    public IReadOnlyList<string> Meetings => _path["meetings/{id}"];

    /// <summary>The decisions the campaign aims at (route ids, escaped), for the state snapshot.</summary>
    public IReadOnlyList<string> Decisions => _path["decisions/{id}"];

    /// <summary>The förbundschef's items in <paramref name="fixture"/>, the sample wheel's, and a feed key.</summary>
    public static FuzzTargets Of(AuthorizationMatrixFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        const string role = ArshjulRole.Forbundschef;
        var keys = fixture.Factory.Services.GetRequiredService<FeedKeys>();
        var path = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["orgs/{org}"] = [TestPeople.Org],
            ["feeds/{org}"] = [TestPeople.Org],
            ["meetings/{id}"] = [WheelMeeting, .. MeetingSteps.Select(step => AuthorizationMatrixFixture.Meeting(step, role))],
            ["decisions/{id}"] = [Uri.EscapeDataString(AuthorizationMatrixFixture.Decision(role))],
            ["internal-control/{year}"] = ["2026"],
            ["controls/{controlId}"] = [fixture.Control(role)],
            ["notifications/{id}"] = [fixture.FailedNotification(role).ToString()],
            ["tokens/{tokenId}"] = [fixture.Token(role)],
            ["tasks/{id}"] = [AuthorizationMatrixFixture.SamTask(role)],
            ["wheel/{year}"] = ["2026", "2025"],
            ["work-environment/{year}"] = ["2026", "2025"],
            ["items/{id}"] = ["roster", $"meeting%2F{WheelMeeting}"],
            ["items/{kind}"] = ["meeting"],
            ["{kind}/{item}"] = [WheelMeeting],
            ["organizations/{id}"] = ["styrelse"],
            ["persons/{id}"] = [TestPeople.Forbundschef],
            ["memberships/{personId}"] = ["ingrid-malmsten"],
            ["{personId}/{bodyId}"] = ["styrelse"],
            ["{bodyId}/{role}"] = ["chair"],
            ["agenda-items/{meetingId}"] = [WheelMeeting],
            ["{meetingId}/{number}"] = ["1"],
            ["person/{personId}"] = [TestPeople.Forbundschef],
            ["body/{bodyId}"] = ["styrelse"],
        };
        var query = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["from"] = ["2026-12-01", "2026-12-01T08:00:00Z"],
            ["to"] = ["2026-12-31"],
            ["body"] = ["styrelse"],
            ["status"] = ["inProgress", "failed"],
            ["overdue"] = ["true"],
            ["year"] = ["2026"],
            ["limit"] = ["10"],
            ["page"] = ["1"],
            ["organization"] = ["styrelse"],
            ["key"] = [keys.KeyFor(TestPeople.Org, FeedKeys.Person, TestPeople.Forbundschef), keys.KeyFor(TestPeople.Org, FeedKeys.Body, "styrelse")],
        };
        var body = ValidBodyValues($"{TestPeople.Org}/meeting/{WheelMeeting}", TestPeople.Forbundschef, "styrelse");
        return new FuzzTargets(path, query, body);
    }

    /// <summary>
    /// Valid body values (raw JSON, per property name) of the API's requests: a meeting, a decision taken at
    /// <paramref name="meetingKey"/> with <paramref name="responsible"/> responsible, of <paramref name="body"/>, a note,
    /// a check, a token.
    /// </summary>
    public static Dictionary<string, string[]> ValidBodyValues(string meetingKey, string responsible, string body) => new(StringComparer.Ordinal)
    {
        ["title"] = [JsonText.Quote("Fuzzmöte")],
        ["kind"] = [JsonText.Quote("boardMeeting")],
        ["bodies"] = [JsonText.List(body)],
        ["start"] = [JsonText.Quote("2026-12-21T09:00:00")],
        ["end"] = [JsonText.Quote("2026-12-21T10:00:00")],
        ["location"] = [JsonText.Quote("Kansliet")],
        ["agenda"] = [JsonText.List("Budget")],
        ["reason"] = [JsonText.Quote("Krockar med budgetberedningen")],
        ["reference"] = [JsonText.Quote("SCÖ 2026-F.1")],
        ["meetingKey"] = [JsonText.Quote(meetingKey)],
        ["text"] = [JsonText.Quote("Beslutstext")],
        ["responsible"] = [JsonText.Quote(responsible)],
        ["due"] = [JsonText.Quote("2027-03-31")],
        ["status"] = [JsonText.Quote("inProgress")],
        ["note"] = [JsonText.Quote("Lägesrapport")],
        ["result"] = [JsonText.Quote("ok"), JsonText.Quote("avvikelse")],
        ["comment"] = [JsonText.Quote("Stickprov utan anmärkning")],
        ["evidenceUrl"] = [JsonText.Quote("https://example.org/underlag")],
        ["actionNote"] = [JsonText.Quote("Rutinen ses över")],
        ["name"] = [JsonText.Quote("Fuzznyckel")],
        ["expiresAt"] = [JsonText.Quote("2027-06-30T00:00:00Z")],
    };

    /// <summary>A valid value (as it goes in the path) for the parameter after <paramref name="segment"/>.</summary>
    public string PathValue(string segment, ApiField field, Random random) =>
        _path.TryGetValue(segment, out var values) ? Pick(values, random) : Fallback(field.Type);

    /// <summary>A valid query value for <paramref name="field"/>.</summary>
    public string QueryValue(ApiField field, Random random) =>
        _query.TryGetValue(field.Name, out var values) ? Pick(values, random) : Fallback(field.Type);

    /// <summary>A valid body value (raw JSON) for <paramref name="field"/>.</summary>
    public string BodyValue(ApiField field, Random random) =>
        _body.TryGetValue(field.Name, out var values) ? Pick(values, random) : FallbackJson(field.Type);

    /// <summary>A valid value of <paramref name="type"/> for a field no table names (raw JSON for a body property).</summary>
    public static string FallbackJson(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Boolean => Fallback(type),
        FieldType.TextList => JsonText.List(Fallback(FieldType.Text)),
        _ => JsonText.Quote(Fallback(type)),
    };

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    private static string Fallback(FieldType type) => type switch
    {
        FieldType.Integer => "1",
        FieldType.Boolean => "true",
        FieldType.LocalDate => "2026-12-21",
        FieldType.LocalDateTime => "2026-12-21T09:00:00",
        FieldType.Instant => "2027-01-01T00:00:00Z",
        _ => "fuzz",
    };
}
