namespace SCO.Arshjul.ClientApi.Identity.People;

/// <summary>Someone who may sign in: a roster person of an organisation, or the configured bootstrap administrator.</summary>
/// <param name="OrganisationName">The förbund's name (e.g. <c>Samordningsförbundet Centrala Östergötland</c>), for people in more than one.</param>
public sealed record KnownPerson(string Organisation, string PersonId, string Name, string Email, IReadOnlyList<string> Roles, string? OrganisationName = null);
