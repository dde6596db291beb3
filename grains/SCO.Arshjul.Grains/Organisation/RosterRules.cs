using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>Roster look-ups other grains validate their commands with.</summary>
internal static class RosterRules
{
    /// <summary>The person, or a rejection when the roster has no such person (or the id is of another organisation).</summary>
    public static async Task<PersonDefinition> RequirePersonAsync(
        this IOrganisationRosterGrain roster,
        string? personId,
        string role,
        CancellationToken cancellationToken)
    {
        var id = Require.Text(personId, role);
        return await roster.FindPersonAsync(id, cancellationToken)
            ?? throw new GovernanceRuleException(
                GovernanceErrorCodes.RosterPersonUnknown,
                $"{role} '{id}' finns inte i organisationens förteckning.");
    }

    /// <summary>Rejects any of <paramref name="bodyIds"/> the roster does not define.</summary>
    public static async Task RequireBodiesAsync(
        this IOrganisationRosterGrain roster,
        IEnumerable<string> bodyIds,
        CancellationToken cancellationToken)
    {
        var snapshot = await roster.GetAsync(cancellationToken);
        var known = snapshot.Definition?.Bodies.Select(b => b.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = bodyIds.FirstOrDefault(id => !known.Contains(id));
        if (unknown is not null)
        {
            throw UnknownBody(unknown);
        }
    }

    /// <summary>Whether the person has one of <paramref name="roles"/> in any body.</summary>
    public static bool HasAnyRole(this PersonDefinition person, params Role[] roles) =>
        person.Memberships.Any(m => roles.Contains(m.Role));

    public static GovernanceRuleException UnknownBody(string bodyId) =>
        new(GovernanceErrorCodes.RosterBodyUnknown, $"Organet '{bodyId}' finns inte i organisationens förteckning.");
}
