using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>
/// Checks a whole year plan before the wheel calls any item grain, with the same rules the item grains apply, so that
/// a bad plan is rejected before anything changes.
/// </summary>
internal static class WheelPlanValidator
{
    public static async Task ValidateAsync(YearPlan plan, IOrganisationRosterGrain roster, CancellationToken cancellationToken)
    {
        RequireUnique(plan.Meetings.Select(m => m.Id), "mötet");
        RequireUnique(plan.Deadlines.Select(d => d.Id), "fristen");
        RequireUnique(plan.WorkEnvironmentTasks.Select(t => t.Id), "arbetsmiljöuppgiften");
        foreach (var meeting in plan.Meetings)
        {
            Require.Text(meeting.Title, $"Rubrik för mötet '{meeting.Id}'");
            if (meeting.BodyIds is not { Count: > 0 })
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.MeetingBodiesRequired,
                    $"Mötet '{meeting.Id}': minst ett organ måste kallas.");
            }

            StockholmTime.ToInterval(meeting.Start, meeting.End);
        }

        await roster.RequireBodiesAsync(plan.Meetings.SelectMany(m => m.BodyIds).Distinct(StringComparer.Ordinal), cancellationToken);
        var people = plan.Deadlines.Select(d => d.ResponsiblePersonId)
            .Concat(plan.WorkEnvironmentTasks.Select(t => t.ResponsiblePersonId))
            .Distinct(StringComparer.Ordinal);
        foreach (var person in people)
        {
            await roster.RequirePersonAsync(person, "Ansvarig", cancellationToken);
        }

        await InternalControlPlanValidator.ValidateAsync(plan.InternalControl, roster, cancellationToken);
    }

    private static void RequireUnique(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = ids.FirstOrDefault(id => !seen.Add(id));
        if (duplicate is not null)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.WheelDuplicateActivity,
                $"Årsplanen har {what} '{duplicate}' mer än en gång.");
        }
    }
}
