using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="MeetingRegisterGrain"/>.</summary>
public sealed class MeetingRegisterState : GovernanceState
{
    /// <summary>One line per meeting, by meeting grain key.</summary>
    public Dictionary<string, MeetingSummary> Meetings { get; set; } = new(StringComparer.Ordinal);
}
