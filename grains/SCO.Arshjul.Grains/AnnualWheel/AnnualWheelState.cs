using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="AnnualWheelGrain"/>: the index of the year's activities.</summary>
public sealed class AnnualWheelState : GovernanceState
{
    public YearPlanSource? Source { get; set; }

    public Instant? GeneratedAt { get; set; }

    /// <summary>The activities of the last generated plan, by date.</summary>
    public List<WheelActivity> Activities { get; set; } = [];
}
