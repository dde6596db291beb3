using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="WorkEnvironmentTaskGrain"/>.</summary>
public sealed class WorkEnvironmentTaskState : ChecklistItemState<PlannedWorkEnvironmentTask>;
