using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="InternalControlPlanGrain"/>.</summary>
public sealed class InternalControlPlanState : GovernanceState
{
    /// <summary>The plan (responsible people as roster-local ids), or null before it is planned.</summary>
    public PlannedInternalControlPlan? Plan { get; set; }

    public InternalControlPlanStatus Status { get; set; }

    public Instant? AdoptedAt { get; set; }

    public string? AdoptedBy { get; set; }

    /// <summary>The outcome of each checked control, by control id.</summary>
    public Dictionary<string, ControlCheck> Checks { get; set; } = new(StringComparer.Ordinal);
}
