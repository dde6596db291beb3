using System.Net.Mail;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>The rules an imported roster must keep.</summary>
internal static class RosterValidator
{
    public static void Validate(OrganisationDefinition definition)
    {
        Require.Text(definition.Name, "Organisationens namn");
        Require.Text(definition.ShortName, "Organisationens förkortning");
        var bodies = definition.Bodies ?? [];
        var people = definition.People ?? [];
        RequireUnique(bodies.Select(b => Require.Text(b.Id, "Organets id")), "organ");
        foreach (var body in bodies)
        {
            Require.Text(body.Name, $"Namn på organet '{body.Id}'");
        }

        RequireUnique(people.Select(p => Require.Text(p.Id, "Personens id")), "person");
        var bodyIds = bodies.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people)
        {
            Require.Text(person.Name, $"Namn på '{person.Id}'");
            if (!IsEmail(person.Email))
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.RosterEmailInvalid,
                    $"E-postadressen '{person.Email}' för '{person.Id}' är inte giltig.");
            }

            foreach (var membership in person.Memberships ?? [])
            {
                if (!bodyIds.Contains(membership.BodyId))
                {
                    throw new GovernanceRuleException(
                        GovernanceErrorCodes.RosterMembershipBodyUnknown,
                        $"'{person.Id}' är medlem i organet '{membership.BodyId}', som inte finns i organisationen.");
                }
            }
        }
    }

    private static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) &&
        MailAddress.TryCreate(email, out var address) &&
        address.Address == email &&
        address.Host.Contains('.', StringComparison.Ordinal);

    private static void RequireUnique(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.RosterDuplicateId,
                    $"Id:t '{id}' används av mer än ett {what}.");
            }
        }
    }
}
