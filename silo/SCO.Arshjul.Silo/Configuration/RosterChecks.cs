using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Cross-references from the wheel to the rosters (bodies, responsible roles and people, internkontrollanter),
/// checked against every roster the file applies to and reported at the referring node.
/// </summary>
internal sealed class RosterChecks(IReadOnlyList<OrganisationDefinition> rosters)
{
    private readonly List<(OrganisationDefinition Roster, RosterResolver Resolver)> resolvers =
        [.. rosters.Select(r => (r, new RosterResolver(r)))];

    public string Body(YamlMap map, YamlScalarNode body) =>
        Check(map, body, resolver => resolver.CheckBodies([body.Value!], ""), body.Value!);

    /// <summary>Reads <c>responsible:</c>: a role (<c>förbundschef</c>, or <c>{role: ordförande, body: styrelse}</c>) or a person id.</summary>
    public ResponsibleParty? Responsible(YamlMap map)
    {
        var node = map.Get("responsible");
        ResponsibleParty? party = node switch
        {
            null => null,
            YamlScalarNode { Value: { } name } when SwedishNames.Roles.TryGetValue(name, out var role) => ResponsibleParty.ForRole(role),
            YamlScalarNode { Value: { } personId } => ResponsibleParty.ForPerson(personId),
            _ => RoleInBody(map.Map("responsible")),
        };
        return party is null ? null : Check(map, node!, resolver => _ = resolver.Resolve(party, ""), party);
    }

    /// <summary>Reads <c>location:</c>, checking that every roster has a meeting place if it says <c>{meetingPlace}</c>.</summary>
    public string? Location(YamlMap map) =>
        map.Scalar("location") is { Value: { } location } node ? Check(map, node, resolver => _ = resolver.Place(location, ""), location) : null;

    /// <summary>Checks that <paramref name="person"/> is an internkontrollant in every roster.</summary>
    public string InternalControlAuditor(YamlMap map, YamlScalarNode person) =>
        Check(map, person, resolver =>
        {
            if (!resolver.InternalControlAuditors.Contains(person.Value!))
            {
                throw new WheelPlanningException(
                    $"'{person.Value}' is not an internkontrollant (known: {string.Join(", ", resolver.InternalControlAuditors)})");
            }
        }, person.Value!);

    private static ResponsibleParty RoleInBody(YamlMap responsible)
    {
        responsible.AllowOnly("role", "body");
        var role = responsible.Named(responsible.RequiredScalar("role"), SwedishNames.Roles, "role");
        return ResponsibleParty.ForRole(role, responsible.OptionalString("body"));
    }

    private T Check<T>(YamlMap map, YamlNode at, Action<RosterResolver> check, T value)
    {
        foreach (var (roster, resolver) in resolvers)
        {
            try
            {
                check(resolver);
            }
            catch (WheelPlanningException error)
            {
                throw map.Error(at, rosters.Count > 1 ? $"{error.Message} (organisation {roster.Id})" : error.Message);
            }
        }

        return value;
    }
}
