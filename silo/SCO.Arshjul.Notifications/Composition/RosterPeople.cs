using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Look-ups of people in an organisation's roster definition, as recipients.</summary>
internal static class RosterPeople
{
    /// <summary>The person with <paramref name="personId"/> (plain or qualified <c>{org}/{person}</c>), or null.</summary>
    public static PersonDefinition? Find(OrganisationDefinition organisation, string? personId)
    {
        if (string.IsNullOrWhiteSpace(personId))
        {
            return null;
        }

        var plain = personId.StartsWith(organisation.Id + "/", StringComparison.Ordinal) ? personId[(organisation.Id.Length + 1)..] : personId;
        return organisation.People.FirstOrDefault(p => p.Id == plain);
    }

    /// <summary>The name of the person, or the id itself when the roster no longer has them.</summary>
    public static string NameOf(OrganisationDefinition organisation, string personId) => Find(organisation, personId)?.Name ?? personId;

    /// <summary>
    /// The responsible person as a recipient: with the role <paramref name="preferred"/> when the roster gives them one
    /// of those roles, else as <see cref="SwedishLabels.Responsible"/>. Empty when the roster has no such person.
    /// </summary>
    public static IEnumerable<Recipient> Responsible(OrganisationDefinition organisation, string personId, params Role[] preferred)
    {
        if (Find(organisation, personId) is not { } person)
        {
            return [];
        }

        var role = preferred.Where(r => person.Memberships.Any(m => m.Role == r)).Select(SwedishLabels.Of).FirstOrDefault();
        return [ToRecipient(person, role ?? SwedishLabels.Responsible)];
    }

    /// <summary>Everyone holding <paramref name="role"/>, in any body or only in bodies of <paramref name="bodyKind"/>.</summary>
    public static IEnumerable<Recipient> WithRole(OrganisationDefinition organisation, Role role, BodyKind? bodyKind = null)
    {
        var bodies = organisation.Bodies.Where(b => bodyKind is null || b.Kind == bodyKind).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return organisation.People
            .Where(p => p.Memberships.Any(m => m.Role == role && bodies.Contains(m.BodyId)))
            .Select(p => ToRecipient(p, SwedishLabels.Of(role)));
    }

    /// <summary>The förbundschef (everyone with that role, though a förbund has one).</summary>
    public static IEnumerable<Recipient> Directors(OrganisationDefinition organisation) => WithRole(organisation, Role.Director);

    /// <summary><paramref name="first"/>, then the förbundschef, each person once.</summary>
    public static IReadOnlyList<Recipient> AndDirector(OrganisationDefinition organisation, IEnumerable<Recipient> first)
    {
        var recipients = new RecipientSet();
        recipients.AddRange(first);
        recipients.AddRange(Directors(organisation));
        return recipients.ToList();
    }

    public static Recipient ToRecipient(PersonDefinition person, string role, bool required = true) =>
        new(person.Id, person.Name, person.Email, role, required);
}
