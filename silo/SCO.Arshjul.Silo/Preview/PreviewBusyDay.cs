using NodaTime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>A flag: a person who would receive more notifications in one day than <see cref="PreviewOptions.MaxPerPersonPerDay"/>.</summary>
public sealed record PreviewBusyDay(string PersonId, string Name, LocalDate Date, int Count);
