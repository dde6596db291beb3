namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// A fixed day of the month, 1–31; a day past the month's end means its last day. Negative counts from the end:
/// -1 is the last day, -2 the day before.
/// </summary>
public sealed record DayOfMonthSpec(int Day) : DaySpec;
