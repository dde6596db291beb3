namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>One occurrence in an <see cref="ExplicitRule"/>.</summary>
public sealed record MonthOccurrence(int Month, DaySpec Day);
