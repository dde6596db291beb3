using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>The same date every year, e.g. "by 30 April" (29 February becomes 28 February in other years).</summary>
public sealed record YearlyDateRule(AnnualDate Date) : RecurrenceRule;
