using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>Turns a year plan into the wheel's index of activities (pure).</summary>
internal static class WheelActivities
{
    public static List<WheelActivity> From(YearPlan plan)
    {
        var org = plan.OrganisationId;
        var controlPlanKey = GrainKey.Of(org, "internal-control", plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ic = plan.InternalControl;
        IEnumerable<WheelActivity> activities =
        [
            .. plan.Meetings.Select(m => new WheelActivity(
                m.Id, WheelItemKind.Meeting, m.ActivityId, m.Title, [.. m.BodyIds], m.Start, m.End, null, GrainKey.Of(org, "meeting", m.Id), m.Assumed)),
            .. plan.Deadlines.Select(d => Dated(
                d.Id, WheelItemKind.Deadline, d.ActivityId, d.Title, d.BodyId is null ? [] : [d.BodyId], d.Due, GrainKey.Of(org, "deadline", d.Id), d.Assumed)),
            .. plan.WorkEnvironmentTasks.Select(t => Dated(
                t.Id, WheelItemKind.WorkEnvironmentTask, t.ActivityId, t.Title, [], t.Due, GrainKey.Of(org, "sam-task", t.Id), t.Assumed)),
            Dated(AnnualWheelRules.InternalControlAdoptionId, WheelItemKind.InternalControlAdoption, null, $"Internkontrollplan {plan.Year} fastställs", [], ic.AdoptBy, controlPlanKey, ic.Assumed),
            Dated(AnnualWheelRules.InternalControlFollowUpId, WheelItemKind.InternalControlFollowUp, null, $"Uppföljning av internkontrollplan {plan.Year} (tertial 2)", [], ic.FollowUpDue, controlPlanKey, ic.Assumed),
            .. ic.Controls.Select(c => Dated(
                c.Id, WheelItemKind.InternalControl, null, $"Internkontroll: {c.Title}", [], c.Due, controlPlanKey, ic.Assumed)),
        ];
        return [.. activities.OrderBy(SortKey).ThenBy(a => a.Kind).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>When an activity sits in the year: a meeting's start, otherwise the start of its due date.</summary>
    public static LocalDateTime SortKey(WheelActivity activity) => activity.Start ?? activity.Due!.Value.AtMidnight();

    private static WheelActivity Dated(
        string id,
        WheelItemKind kind,
        string? templateActivityId,
        string title,
        IReadOnlyList<string> bodyIds,
        LocalDate due,
        string grainKey,
        bool assumed) =>
        new(id, kind, templateActivityId, title, bodyIds, null, null, due, grainKey, assumed);
}
