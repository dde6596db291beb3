namespace SCO.Arshjul.Grains.Organisation;

/// <summary>An organisation's roster as configured (config/organisations/{id}.yaml).</summary>
/// <param name="Id">Organisation id, the first part of every grain key (e.g. <c>sco</c>).</param>
/// <param name="Name">Display name, e.g. "Samordningsförbundet Centrala Östergötland".</param>
/// <param name="ShortName">Used in decision references, e.g. "SCÖ".</param>
public sealed record OrganisationDefinition(
    string Id,
    string Name,
    string ShortName,
    IReadOnlyList<BodyDefinition> Bodies,
    IReadOnlyList<PersonDefinition> People)
{
    /// <summary>
    /// Where the organisation's meetings are held when the wheel's template says <c>{meetingPlace}</c> (e.g.
    /// <c>SCÖ:s kansli, Linköping</c>), so that one template serves every förbund; null when it names none.
    /// </summary>
    public string? MeetingPlace { get; init; }
}

/// <summary>A body (styrelse, beredningsgrupp …).</summary>
/// <param name="Id">Stable id used in config and keys, e.g. <c>styrelse</c>.</param>
public sealed record BodyDefinition(string Id, BodyKind Kind, string Name);

/// <summary>A person with their memberships.</summary>
/// <param name="Id">Stable id, e.g. <c>anna-lindqvist</c>.</param>
public sealed record PersonDefinition(string Id, string Name, string Email, IReadOnlyList<MembershipDefinition> Memberships);

/// <summary>A person's role in a body; <paramref name="Organisation"/> is the member organisation they represent, if any.</summary>
public sealed record MembershipDefinition(string BodyId, Role Role, string? Organisation = null);
