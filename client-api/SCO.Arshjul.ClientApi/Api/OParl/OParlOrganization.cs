namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>One of the förbund's bodies (styrelse, beredningsgrupp, medlemsråd …) as an OParl Organization.</summary>
internal sealed record OParlOrganization
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.Organization;

    public required string Body { get; init; }

    public required string Name { get; init; }

    /// <summary>The kind of body in Swedish, e.g. <c>styrelse</c>.</summary>
    public required string Classification { get; init; }

    /// <summary>The addresses of its memberships.</summary>
    public required IReadOnlyList<string> Membership { get; init; }

    /// <summary>The address of the list of its meetings.</summary>
    public required string Meeting { get; init; }
}
