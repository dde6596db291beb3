using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// One pinned date. A pinned date must be a working day: it is taken as written, never moved.
/// Start, end, location and title override the activity's for this occurrence only.
/// </summary>
/// <param name="Assumed">True when no source document gives the date (most dates of a sample year).</param>
/// <param name="Source">Where the date comes from, if anywhere.</param>
public sealed record PinnedOccurrence(
    LocalDate Date,
    LocalTime? Start = null,
    LocalTime? End = null,
    string? Location = null,
    string? Title = null,
    bool Assumed = false,
    string? Source = null);
