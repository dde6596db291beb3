using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>A register line with its overdue flag.</summary>
/// <param name="Summary">The decision's summary.</param>
/// <param name="IsOverdue">
/// True when the decision is beslutat or pågår and its due date has passed (from the start of the next day in
/// Europe/Stockholm) at <paramref name="EvaluatedAt"/>.
/// </param>
/// <param name="EvaluatedAt">The instant the flag was computed for.</param>
public sealed record DecisionRegisterEntry(DecisionSummary Summary, bool IsOverdue, Instant EvaluatedAt);
