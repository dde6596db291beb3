using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="DecisionGrain"/>.</summary>
public sealed class DecisionState : GovernanceState
{
    /// <summary>The decision as recorded (responsible person as a roster-local id), or null before it is recorded.</summary>
    public RecordDecision? Decision { get; set; }

    public DecisionStatus Status { get; set; }

    /// <summary>Dated progress notes, oldest first.</summary>
    public List<DecisionNote> Notes { get; set; } = [];
}
