using System.Text.Json.Serialization;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>A person's role in a body as an OParl Membership.</summary>
internal sealed record OParlMembership
{
    public required string Id { get; init; }

    public string Type { get; } = OParlTypes.Membership;

    public required string Person { get; init; }

    public required string Organization { get; init; }

    /// <summary>The role in Swedish, e.g. <c>ledamot</c>, <c>ersättare</c>.</summary>
    public required string Role { get; init; }

    /// <summary>True for the ordförande, vice ordförande and ledamöter; false for ersättare and other roles.</summary>
    public required bool VotingRight { get; init; }

    /// <summary>The member organisation the person represents there, e.g. "Linköpings kommun" (an extension: not an OParl Organization).</summary>
    [JsonPropertyName("arshjul:represents")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Represents { get; init; }
}
