using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>Keeps every command inside the grain's own organisation.</summary>
internal static class OrganisationScope
{
    /// <summary>The roster key of an organisation: <c>{org}/roster</c>.</summary>
    public static string RosterKey(string organisationId) => $"{organisationId}/roster";

    /// <summary>The decision register key of an organisation: <c>{org}/decision-register</c>.</summary>
    public static string DecisionRegisterKey(string organisationId) => $"{organisationId}/decision-register";

    /// <summary>The meeting register key of an organisation: <c>{org}/meeting-register</c>.</summary>
    public static string MeetingRegisterKey(string organisationId) => $"{organisationId}/meeting-register";

    /// <summary>
    /// The roster-local id of <paramref name="personId"/>: <c>anna</c> stays <c>anna</c>, <c>sco/anna</c> becomes
    /// <c>anna</c> in <c>sco</c>, and <c>other/anna</c> is rejected.
    /// </summary>
    public static string LocalPersonId(string organisationId, string? personId)
    {
        var id = Require.Text(personId, "Person");
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return id;
        }

        RequireSame(organisationId, id[..slash], id);
        return Require.Text(id[(slash + 1)..], "Person");
    }

    /// <summary>Rejects a key that is malformed or of another organisation, and a kind other than <paramref name="kind"/>.</summary>
    public static string RequireKey(string organisationId, string? key, string kind)
    {
        var value = Require.Text(key, "Nyckel");
        string owner;
        try
        {
            owner = GrainKey.OrganisationOf(value);
        }
        catch (ArgumentException)
        {
            throw KeyInvalid(value, kind);
        }

        RequireSame(organisationId, owner, value);
        var parts = value.Split('/', 3);
        if (parts.Length != 3 || parts[1] != kind || string.IsNullOrWhiteSpace(parts[2]))
        {
            throw KeyInvalid(value, kind);
        }

        return value;
    }

    /// <summary>Rejects <paramref name="other"/> when it is not <paramref name="organisationId"/>.</summary>
    public static void RequireSame(string organisationId, string other, string what)
    {
        if (!string.Equals(organisationId, other, StringComparison.Ordinal))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.OrganisationMismatch,
                $"'{what}' tillhör organisationen '{other}', inte '{organisationId}'.");
        }
    }

    private static GovernanceRuleException KeyInvalid(string key, string kind) =>
        new(GovernanceErrorCodes.KeyInvalid, $"'{key}' är ingen giltig nyckel av formen {{organisation}}/{kind}/{{id}}.");
}
