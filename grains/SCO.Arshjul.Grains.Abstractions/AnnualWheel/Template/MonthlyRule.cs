namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>Every month except <paramref name="ExceptMonths"/> (e.g. not July), on <paramref name="Day"/>.</summary>
public sealed record MonthlyRule(DaySpec Day, IReadOnlyList<int> ExceptMonths) : RecurrenceRule;
