namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>A person of the roster as an OParl Person: the name and the memberships, nothing more (no e-mail address).</summary>
internal sealed record OParlPerson
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.Person;

    public required string Body { get; init; }

    public required string Name { get; init; }

    /// <summary>The person's memberships, embedded as OParl does.</summary>
    public required IReadOnlyList<OParlMembership> Membership { get; init; }
}
