using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="DeadlineGrain"/>.</summary>
public sealed class DeadlineState : ChecklistItemState<PlannedDeadline>;
