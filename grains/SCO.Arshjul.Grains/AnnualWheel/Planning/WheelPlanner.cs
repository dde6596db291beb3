using System.Text.RegularExpressions;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>
/// Expands the recurring <see cref="WheelTemplate"/> and an optional <see cref="YearFile"/> into one organisation's
/// <see cref="YearPlan"/>. Pure and deterministic: no clock, no I/O; the same input gives the same plan.
/// </summary>
public static partial class WheelPlanner
{
    /// <summary>The <see cref="WheelPlanningException.ActivityId"/> of errors about the internkontrollplan.</summary>
    public const string InternalControlActivityId = "internal-control";

    /// <summary>
    /// The plan of <paramref name="year"/>: every template activity at its rule's dates, except those the year file
    /// pins, plus the year file's one-off activities, the internkontrollplan and the SAM tasks. Each list is in date order.
    /// </summary>
    /// <exception cref="WheelPlanningException">The inputs do not make a valid plan; the message says why.</exception>
    public static YearPlan Plan(OrganisationDefinition organisation, WheelTemplate template, int year, YearFile? yearFile)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(template);
        if (yearFile is not null && (yearFile.OrganisationId != organisation.Id || yearFile.Year != year))
        {
            throw new WheelPlanningException(
                $"the year file is for {yearFile.OrganisationId} {yearFile.Year}, not {organisation.Id} {year}");
        }

        var activities = template.Activities.Concat(yearFile?.AddedActivities ?? []).ToList();
        CheckActivityIds(activities);
        var pins = IndexPins(yearFile, activities);
        var roster = new RosterResolver(organisation);
        var dates = new OccurrenceResolver(year, pins);
        var items = new PlannedItemFactory(year, roster);

        var meetings = new List<PlannedMeeting>();
        var deadlines = new List<PlannedDeadline>();
        var tasks = new List<PlannedWorkEnvironmentTask>();
        // Meetings first: a deadline may fall "on the day of the board meeting in April".
        foreach (var activity in activities.OrderBy(a => a.Kind == ActivityKind.Meeting ? 0 : 1))
        {
            roster.CheckBodies(activity.Bodies, activity.Id);
            var occurrences = dates.Resolve(activity);
            switch (activity.Kind)
            {
                case ActivityKind.Meeting: meetings.AddRange(items.Meetings(activity, occurrences)); break;
                case ActivityKind.Deadline: deadlines.AddRange(items.Deadlines(activity, occurrences)); break;
                default: tasks.AddRange(items.Tasks(activity, occurrences)); break;
            }
        }

        var internalControl = InternalControlPlanner.Plan(template.InternalControl, yearFile?.InternalControl, dates, roster);
        return new YearPlan(
            organisation.Id,
            year,
            yearFile is null ? YearPlanSource.Template : YearPlanSource.YearFile,
            [.. meetings.OrderBy(m => m.Start).ThenBy(m => m.Id, StringComparer.Ordinal)],
            [.. deadlines.OrderBy(d => d.Due).ThenBy(d => d.Id, StringComparer.Ordinal)],
            internalControl,
            [.. tasks.OrderBy(t => t.Due).ThenBy(t => t.Id, StringComparer.Ordinal)]);
    }

    /// <summary>True when <paramref name="id"/> is a valid activity or control id: lower-case ASCII letters and digits joined by hyphens.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static void CheckActivityIds(List<ActivityTemplate> activities)
    {
        foreach (var activity in activities.Where(a => !IsValidId(a.Id)))
        {
            throw new WheelPlanningException($"invalid activity id '{activity.Id}' (use a-z, 0-9 and '-')", activity.Id);
        }

        var duplicate = activities.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new WheelPlanningException($"duplicate activity id '{duplicate.Key}'", duplicate.Key);
        }
    }

    private static Dictionary<string, ActivityPins> IndexPins(YearFile? yearFile, List<ActivityTemplate> activities)
    {
        var pins = new Dictionary<string, ActivityPins>();
        foreach (var pin in yearFile?.Pins ?? [])
        {
            if (activities.All(a => a.Id != pin.ActivityId))
            {
                throw new WheelPlanningException($"the year file pins unknown activity '{pin.ActivityId}'", pin.ActivityId);
            }

            if (!pins.TryAdd(pin.ActivityId, pin))
            {
                throw new WheelPlanningException($"the year file pins '{pin.ActivityId}' twice", pin.ActivityId);
            }
        }

        return pins;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
