using NodaTime;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>A year's wheel at one version: the index of its activities.</summary>
/// <param name="Key">The grain key, <c>{org}/wheel/{year}</c>.</param>
/// <param name="Source">Where the last generated plan came from; null before the first generation.</param>
/// <param name="GeneratedAt">When the index last changed by a generation.</param>
/// <param name="Activities">The activities, by date.</param>
/// <param name="Version">Raised by every change; 0 before the first generation.</param>
public sealed record AnnualWheelSnapshot(
    string Key,
    int Year,
    YearPlanSource? Source,
    Instant? GeneratedAt,
    IReadOnlyList<WheelActivity> Activities,
    int Version,
    IReadOnlyList<AuditEntry> History);
