using NodaTime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>A flag: notifications due on a weekend or Swedish holiday (there should be none: reminders move off them).</summary>
/// <param name="Reason">Why the day is not a working day, in Swedish: "lördag", "juldagen" ….</param>
public sealed record PreviewNonWorkingDay(LocalDate Date, string Reason, int Count);
