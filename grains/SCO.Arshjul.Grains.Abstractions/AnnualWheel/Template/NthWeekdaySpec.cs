using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>The <paramref name="Nth"/> (1–4, or -1 for the last) <paramref name="Weekday"/> of the month, e.g. the second Friday.</summary>
public sealed record NthWeekdaySpec(int Nth, IsoDayOfWeek Weekday) : DaySpec;
