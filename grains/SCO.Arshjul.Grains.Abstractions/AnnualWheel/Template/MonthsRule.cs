namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>The listed months (e.g. April and October), on <paramref name="Day"/>.</summary>
public sealed record MonthsRule(IReadOnlyList<int> Months, DaySpec Day) : RecurrenceRule;
