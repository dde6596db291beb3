namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>
/// One organisation's year, expanded from the recurring template and the year file (if any). Pure data: the
/// annual wheel grain turns it into meeting, deadline, internal-control and work-environment grains.
/// All dates and times are local to Europe/Stockholm.
/// </summary>
public sealed record YearPlan(
    string OrganisationId,
    int Year,
    YearPlanSource Source,
    IReadOnlyList<PlannedMeeting> Meetings,
    IReadOnlyList<PlannedDeadline> Deadlines,
    PlannedInternalControlPlan InternalControl,
    IReadOnlyList<PlannedWorkEnvironmentTask> WorkEnvironmentTasks);

/// <summary>Where a year's plan came from.</summary>
public enum YearPlanSource
{
    /// <summary>Generated from the recurring template alone.</summary>
    Template,

    /// <summary>The template with a year file's pinned dates and additions.</summary>
    YearFile,
}
