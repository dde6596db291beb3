using NodaTime;

namespace SCO.Arshjul.Grains.Calendar;

/// <summary>A Swedish public holiday (allmän helgdag) or a de-facto non-working eve, with its Swedish name.</summary>
/// <param name="Name">Swedish name in lower case, as written in running text, e.g. <c>långfredagen</c>.</param>
/// <param name="IsPublicHoliday">
/// True for the allmänna helgdagar of lagen (1989:253); false for the aftnar (midsommarafton, julafton, nyårsafton)
/// that are not holidays by law but are non-working days in practice.
/// </param>
public sealed record SwedishHoliday(LocalDate Date, string Name, bool IsPublicHoliday);
