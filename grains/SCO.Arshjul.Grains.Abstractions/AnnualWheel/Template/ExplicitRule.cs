namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>An explicit list of occurrences, e.g. lectures four per term, two of them in March.</summary>
public sealed record ExplicitRule(IReadOnlyList<MonthOccurrence> Occurrences) : RecurrenceRule;
