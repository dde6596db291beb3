using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.ClientApi.Api.Wheel;

/// <summary>A year's wheel as the API and the pages show it: every activity with its item's current state, by date.</summary>
/// <param name="Source">Whether the year was generated from the template alone or with a year file.</param>
/// <param name="GeneratedAt">When the wheel last changed by a generation.</param>
public sealed record WheelYear(int Year, YearPlanSource? Source, Instant? GeneratedAt, IReadOnlyList<WheelItem> Activities);
