namespace SCO.Arshjul.Grains.Decisions;

/// <summary>How many lines of the decision register have <paramref name="Status"/>.</summary>
public sealed record DecisionStatusCount(DecisionStatus Status, int Count);
