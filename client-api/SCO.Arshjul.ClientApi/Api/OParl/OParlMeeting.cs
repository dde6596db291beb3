using System.Text.Json.Serialization;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>A meeting as an OParl Meeting: times with the Stockholm offset, its bodies by address, its agenda embedded.</summary>
internal sealed record OParlMeeting
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.Meeting;

    public required string Name { get; init; }

    /// <summary>The status in Swedish, e.g. <c>kallat</c>, <c>inställt</c>.</summary>
    public required string MeetingState { get; init; }

    public required bool Cancelled { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OParlLocation? Location { get; init; }

    /// <summary>The addresses of the invited bodies.</summary>
    public required IReadOnlyList<string> Organization { get; init; }

    public required IReadOnlyList<OParlAgendaItem> AgendaItem { get; init; }

    /// <summary>The meeting in the web UI.</summary>
    public required string Web { get; init; }

    public required DateTimeOffset Modified { get; init; }
}
