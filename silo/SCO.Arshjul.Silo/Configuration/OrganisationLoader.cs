using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Loads <c>config/organisations/{id}.yaml</c>: the organisation's bodies and people, and where its meetings are held
/// when the wheel says <c>{meetingPlace}</c>. Keys are English; body kinds and roles are Swedish (<c>styrelse</c>,
/// <c>ordförande</c>, <c>internkontrollant</c> …).
/// </summary>
public static class OrganisationLoader
{
    /// <summary>Loads and validates one organisation file.</summary>
    /// <exception cref="ConfigurationException">The file is wrong; the message names the line and what is wrong.</exception>
    public static OrganisationDefinition Load(string path) => Load(path, []);

    /// <summary>
    /// Loads one organisation file of several: its <c>name</c> must differ from those of the organisations loaded
    /// before it (<paramref name="others"/>), as people in more than one förbund tell them apart by it (the sign-in mail
    /// names it).
    /// </summary>
    internal static OrganisationDefinition Load(string path, IReadOnlyList<OrganisationDefinition> others)
    {
        var root = YamlFile.LoadMapping(path);
        root.AllowOnly("id", "name", "shortName", "meetingPlace", "bodies", "people");
        var id = Ids.Read(root, root.RequiredScalar("id"), "organisation");
        var stem = Path.GetFileNameWithoutExtension(path);
        if (id != stem)
        {
            throw root.Error(root.RequiredScalar("id"), $"organisation id '{id}' does not match the file name '{stem}'");
        }

        if (!GrainKey.IsOrganisationId(id))
        {
            throw root.Error(root.RequiredScalar("id"), $"organisation id '{id}' is longer than 40 characters");
        }

        var name = root.RequiredScalar("name");
        if (others.FirstOrDefault(o => string.Equals(o.Name, name.Value, StringComparison.OrdinalIgnoreCase)) is { } namesake)
        {
            throw root.Error(name, $"name '{name.Value}' is also organisation '{namesake.Id}''s: each förbund needs its own");
        }

        var bodies = new List<BodyDefinition>();
        foreach (var body in root.Maps("bodies", required: true))
        {
            body.AllowOnly("id", "kind", "name");
            var bodyId = Ids.Read(body, body.RequiredScalar("id"), "body");
            Ids.CheckUnique(body, body.RequiredScalar("id"), bodies.Select(b => b.Id), "body");
            bodies.Add(new BodyDefinition(bodyId, body.Named(body.RequiredScalar("kind"), SwedishNames.BodyKinds, "body kind"), body.String("name")));
        }

        var people = new List<PersonDefinition>();
        foreach (var person in root.Maps("people", required: true))
        {
            person.AllowOnly("id", "name", "email", "memberships");
            var personId = Ids.Read(person, person.RequiredScalar("id"), "person");
            Ids.CheckUnique(person, person.RequiredScalar("id"), people.Select(p => p.Id), "person");
            var email = person.RequiredScalar("email");
            if (email.Value is not { } address || address.IndexOf('@', StringComparison.Ordinal) <= 0)
            {
                throw person.Error(email, $"'{email.Value}' is not an e-mail address");
            }

            var memberships = person.Maps("memberships", required: true).Select(m => Membership(m, bodies)).ToList();
            people.Add(new PersonDefinition(personId, person.String("name"), address, memberships));
        }

        return new OrganisationDefinition(id, root.String("name"), root.String("shortName"), bodies, people) { MeetingPlace = root.OptionalString("meetingPlace") };
    }

    private static MembershipDefinition Membership(YamlMap membership, List<BodyDefinition> bodies)
    {
        membership.AllowOnly("body", "role", "organisation");
        var body = membership.RequiredScalar("body");
        if (bodies.All(b => b.Id != body.Value))
        {
            throw membership.Error(body, $"unknown body '{body.Value}' (known: {string.Join(", ", bodies.Select(b => b.Id))})");
        }

        var role = membership.Named(membership.RequiredScalar("role"), SwedishNames.Roles, "role");
        return new MembershipDefinition(body.Value!, role, membership.OptionalString("organisation"));
    }
}
