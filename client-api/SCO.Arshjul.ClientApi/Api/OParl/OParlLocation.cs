namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>Where a meeting is held, as the free text the plan gives (embedded in the meeting; not an object of its own).</summary>
internal sealed record OParlLocation
{
    public string Type { get; } = OParlTypes.Location;

    public required string Description { get; init; }
}
