namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// When a recurring activity falls in a year. Every form yields dates inside the plan's year; the planner then
/// moves a date on a non-working day to the working day before.
/// </summary>
public abstract record RecurrenceRule;
