using SCO.Arshjul.Grains.AnnualWheel.Template;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>Plans the year's internkontrollplan: adoption and tertial-2 follow-up dates, and each control's due date and internkontrollant.</summary>
internal static class InternalControlPlanner
{
    private const string ActivityId = WheelPlanner.InternalControlActivityId;

    public static PlannedInternalControlPlan Plan(
        InternalControlTemplate template, YearInternalControl? year, OccurrenceResolver dates, RosterResolver roster)
    {
        var adoptBy = year?.AdoptBy is { } adoptPin
            ? dates.CheckPinned(adoptPin.Date, ActivityId)
            : dates.Single(template.AdoptBy, "internal control adopt-by", ActivityId);
        var followUp = year?.FollowUp is { } followPin
            ? dates.CheckPinned(followPin.Date, ActivityId)
            : dates.Single(template.FollowUp, "internal control follow-up", ActivityId);
        if (followUp < adoptBy)
        {
            throw new WheelPlanningException($"internal control: follow-up {followUp} is before adoption {adoptBy}", ActivityId);
        }

        var controls = year?.Controls ?? template.Controls;
        var duplicate = controls.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new WheelPlanningException($"duplicate control id '{duplicate.Key}'", ActivityId);
        }

        var next = 0;
        var planned = controls.Select(control =>
        {
            CheckRisk(control.Id, "probability", control.Probability);
            CheckRisk(control.Id, "consequence", control.Consequence);
            var responsible = control.Responsible is { } person
                ? roster.CheckInternalControlAuditor(person, control.Id)
                : RoundRobin(roster, next++, control.Id);
            var due = dates.Single(control.Due, $"control '{control.Id}' due", ActivityId);
            return new PlannedControl(
                control.Id, control.Area, control.Title, control.Probability, control.Consequence, control.Method, responsible, due);
        }).ToList();

        // Only a pinned date is confirmed; the plan is assumed as long as either of its dates is.
        var assumed = (year?.AdoptBy?.Assumed ?? true) || (year?.FollowUp?.Assumed ?? true);
        return new PlannedInternalControlPlan(adoptBy, followUp, planned, assumed);
    }

    private static string RoundRobin(RosterResolver roster, int index, string controlId) =>
        roster.InternalControlAuditors.Count > 0
            ? roster.InternalControlAuditors[index % roster.InternalControlAuditors.Count]
            : throw new WheelPlanningException($"control '{controlId}': the roster has no internkontrollant", ActivityId);

    private static void CheckRisk(string controlId, string what, int value)
    {
        if (value is < 1 or > 4)
        {
            throw new WheelPlanningException($"control '{controlId}': {what} {value} is not 1–4", ActivityId);
        }
    }
}
