namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// Once a quarter, in month <paramref name="MonthOfQuarter"/> (1–3) of each quarter, on <paramref name="Day"/>:
/// month of quarter 1 gives January, April, July and October.
/// </summary>
public sealed record QuarterlyRule(int MonthOfQuarter, DaySpec Day) : RecurrenceRule;
