namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>One point of a meeting's agenda as an OParl AgendaItem.</summary>
internal sealed record OParlAgendaItem
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.AgendaItem;

    public required string Meeting { get; init; }

    /// <summary>The number as printed on the agenda, e.g. "3".</summary>
    public required string Number { get; init; }

    public required int Order { get; init; }

    public required string Name { get; init; }
}
