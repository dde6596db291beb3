using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>
/// The template, year file and roster do not make a valid year plan (unknown body, duplicate id, a pinned date on
/// a holiday …). Carries the activity (and date) at fault so that a configuration loader can point at the line.
/// </summary>
public sealed class WheelPlanningException(string message, string? activityId = null, LocalDate? date = null)
    : Exception(message)
{
    /// <summary>The template or year-file activity at fault, if one is; <c>internal-control</c> for the plan itself.</summary>
    public string? ActivityId { get; } = activityId;

    /// <summary>The date at fault, if one is.</summary>
    public LocalDate? Date { get; } = date;
}
