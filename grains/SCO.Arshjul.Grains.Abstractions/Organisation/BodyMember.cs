namespace SCO.Arshjul.Grains.Organisation;

/// <summary>A person's place in one body.</summary>
/// <param name="PersonId">The roster id of the person.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The person's e-mail address.</param>
/// <param name="Roles">The person's roles in the body (e.g. ledamot and internkontrollant).</param>
/// <param name="RepresentedOrganisations">The member organisations the person represents there, if any.</param>
public sealed record BodyMember(
    string PersonId,
    string Name,
    string Email,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> RepresentedOrganisations);
