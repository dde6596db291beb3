namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>The organisation (the förbund) as an OParl Body: its names and the addresses of its lists.</summary>
internal sealed record OParlBody
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.Body;

    public required string Name { get; init; }

    public required string ShortName { get; init; }

    /// <summary>The list of its bodies (styrelse, beredningsgrupp …).</summary>
    public required string Organization { get; init; }

    public required string Person { get; init; }

    public required string Membership { get; init; }

    public required string Meeting { get; init; }

    public required string AgendaItem { get; init; }

    /// <summary>Mandate periods are not kept: always empty.</summary>
    public IReadOnlyList<string> LegislativeTerm { get; } = [];

    /// <summary>The web UI.</summary>
    public required string Web { get; init; }
}
