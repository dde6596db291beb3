namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>The exact dates of one activity in a year file; they replace all the dates its rule would give.</summary>
/// <param name="Source">Where the facts come from, e.g. "VP 2025: KOLL i april och oktober".</param>
public sealed record ActivityPins(string ActivityId, IReadOnlyList<PinnedOccurrence> Occurrences, string? Source = null);
