using SCO.Arshjul.Grains.AnnualWheel.Template;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>Turns an activity's occurrences into planned meetings, deadlines and SAM tasks.</summary>
internal sealed class PlannedItemFactory(int year, RosterResolver roster)
{
    public IEnumerable<PlannedMeeting> Meetings(ActivityTemplate activity, IReadOnlyList<Occurrence> occurrences)
    {
        var kind = activity.MeetingKind ?? throw Missing(activity, "meetingKind");
        if (activity.Days < 1)
        {
            throw new WheelPlanningException($"meeting '{activity.Id}': days {activity.Days} is less than 1", activity.Id);
        }

        foreach (var occurrence in occurrences)
        {
            var start = occurrence.Date.At(occurrence.Pin?.Start ?? activity.Start ?? throw Missing(activity, "start"));
            var end = occurrence.Date.PlusDays(activity.Days - 1).At(occurrence.Pin?.End ?? activity.End ?? throw Missing(activity, "end"));
            if (end <= start)
            {
                throw new WheelPlanningException(
                    $"meeting '{activity.Id}' on {occurrence.Date}: end {end:HH:mm} is not after start {start:HH:mm}", activity.Id, occurrence.Date);
            }

            yield return new PlannedMeeting(
                PlanIds.For(occurrence.Date, activity.Id),
                activity.Id,
                kind,
                activity.Bodies,
                Title(activity, occurrence),
                start,
                end,
                roster.Place(occurrence.Pin?.Location ?? activity.Location, activity.Id),
                [.. (activity.Agenda ?? []).Select(item => TitleFormatter.Format(item, year, occurrence.Date))],
                occurrence.Assumed);
        }
    }

    public IEnumerable<PlannedDeadline> Deadlines(ActivityTemplate activity, IReadOnlyList<Occurrence> occurrences)
    {
        var category = activity.DeadlineCategory ?? throw Missing(activity, "category");
        var responsible = roster.Resolve(activity.Responsible, activity.Id);
        return occurrences.Select(o => new PlannedDeadline(
            PlanIds.For(o.Date, activity.Id), activity.Id, category, Title(activity, o), o.Date, responsible, activity.Bodies.Count > 0 ? activity.Bodies[0] : null, o.Assumed));
    }

    public IEnumerable<PlannedWorkEnvironmentTask> Tasks(ActivityTemplate activity, IReadOnlyList<Occurrence> occurrences)
    {
        var responsible = roster.Resolve(activity.Responsible, activity.Id);
        return occurrences.Select(o => new PlannedWorkEnvironmentTask(
            PlanIds.For(o.Date, activity.Id), activity.Id, Title(activity, o), o.Date, responsible, o.Assumed));
    }

    private string Title(ActivityTemplate activity, Occurrence occurrence) =>
        occurrence.Pin?.Title ?? TitleFormatter.Format(activity.Title, year, occurrence.Date);

    private static WheelPlanningException Missing(ActivityTemplate activity, string field) =>
        new($"activity '{activity.Id}' has no {field}", activity.Id);
}
