namespace SCO.Arshjul.ClientApi.Identity.People;

/// <summary>Someone who may sign in: a roster person of an organisation, or the configured bootstrap administrator.</summary>
public sealed record KnownPerson(string Organisation, string PersonId, string Name, string Email, IReadOnlyList<string> Roles);
