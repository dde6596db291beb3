using SCO.Arshjul.ClientApi.Tests.Fuzz;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// What fills in the API's operations for one organisation's items (<see cref="Of"/>) or for items nobody has
/// (<see cref="None"/>): the path values per route segment (as <see cref="FuzzTargets"/> names them, e.g.
/// <c>meetings/{id}</c>; some with several variants, e.g. the kinds of item whose history is asked for), the query
/// values that name an item (a body, a year) and the body properties that do (a meeting key, a person, a body).
/// </summary>
public sealed class SeededItems
{
    /// <summary>The organisation id in <see cref="None"/>: no organisation has it.</summary>
    public const string NoOrganisation = "ingen-sadan";

    private SeededItems(string org, Dictionary<string, string[]> path, Dictionary<string, string> query, Dictionary<string, string> body) =>
        (Org, Path, Query, Body) = (org, path, query, body);

    public string Org { get; }

    /// <summary>Route segment → the value(s) as they go in the path.</summary>
    public IReadOnlyDictionary<string, string[]> Path { get; }

    /// <summary>Query parameter → value, for the parameters that name an item.</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>Body property → raw JSON, for the properties that name an item.</summary>
    public IReadOnlyDictionary<string, string> Body { get; }

    /// <summary>Items nobody has, of the same shapes as <see cref="Of"/>'s.</summary>
    public static SeededItems None { get; } = Build(
        NoOrganisation,
        meeting: "2026-12-24-finns-inte",
        decision: "INGEN 2026-0.0",
        notification: "00000000-0000-4000-8000-00000000dead",
        year: 2031,
        samTask: "2031-01-15-finns-inte",
        control: "ingen-kontroll",
        body: "inget-organ",
        person: "ingen-person",
        membership: ("ingen-person", "inget-organ", "member"));

    /// <summary>The items <paramref name="seed"/> names, under its organisation.</summary>
    public static SeededItems Of(OrganisationSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return Build(
            seed.Org, seed.MeetingId, seed.DecisionReference, seed.NotificationId.ToString(), seed.OnlyYear, seed.SamTaskId, seed.ControlId, seed.BodyId, seed.PersonId, seed.Membership);
    }

    /// <summary>How many variants <paramref name="segment"/> has (1 when it has no values here).</summary>
    public int Variants(string segment) => Path.TryGetValue(segment, out var values) ? values.Length : 1;

    private static SeededItems Build(
        string org, string meeting, string decision, string notification, int year, string samTask, string control, string body, string person, (string Person, string Body, string Role) membership)
    {
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reference = Uri.EscapeDataString(decision);
        var path = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["orgs/{org}"] = [org],
            ["feeds/{org}"] = [org],
            ["meetings/{id}"] = [meeting],
            ["decisions/{id}"] = [reference],
            ["internal-control/{year}"] = [y],
            ["controls/{controlId}"] = [control],
            ["notifications/{id}"] = [notification],
            ["tasks/{id}"] = [samTask],
            ["wheel/{year}"] = [y],
            ["work-environment/{year}"] = [y],
            ["items/{id}"] = [$"meeting%2F{meeting}", $"decision%2F{reference}", $"notification%2F{notification}", $"sam-task%2F{samTask}", $"wheel%2F{y}", $"internal-control%2F{y}"],
            ["items/{kind}"] = ["meeting", "decision", "notification", "sam-task", "wheel", "internal-control"],
            ["{kind}/{item}"] = [meeting, reference, notification, samTask, y, y],
            ["organizations/{id}"] = [body],
            ["persons/{id}"] = [person],
            ["memberships/{personId}"] = [membership.Person],
            ["{personId}/{bodyId}"] = [membership.Body],
            ["{bodyId}/{role}"] = [membership.Role],
            ["agenda-items/{meetingId}"] = [meeting],
            ["{meetingId}/{number}"] = ["1"],
            ["person/{personId}"] = [person],
            ["body/{bodyId}"] = [body],
        };
        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["body"] = body,
            ["organization"] = body,
            ["year"] = y,
        };
        var json = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["meetingKey"] = JsonText.Quote($"{org}/meeting/{meeting}"),
            ["responsible"] = JsonText.Quote(person),
            ["bodies"] = JsonText.List(body),
        };
        return new SeededItems(org, path, query, json);
    }
}
