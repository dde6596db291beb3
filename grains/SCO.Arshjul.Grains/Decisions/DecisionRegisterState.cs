using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="DecisionRegisterGrain"/>.</summary>
public sealed class DecisionRegisterState : GovernanceState
{
    /// <summary>One line per decision, by decision grain key.</summary>
    public Dictionary<string, DecisionSummary> Decisions { get; set; } = new(StringComparer.Ordinal);
}
