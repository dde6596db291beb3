using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.ClientApi.Api.InternalControl;

/// <summary>An internkontrollplan as it was drawn up, for the board to adopt it unchanged (the API's adopt and the Internkontroll page).</summary>
internal static class DrawnUpPlan
{
    /// <summary>The plan of <paramref name="plan"/>, which must be planned (not <see cref="InternalControlPlanStatus.NotPlanned"/>).</summary>
    public static PlannedInternalControlPlan Of(InternalControlPlanSnapshot plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlannedInternalControlPlan(
            plan.AdoptBy ?? throw new ArgumentException($"The plan '{plan.Key}' is not planned.", nameof(plan)),
            plan.FollowUpDue!.Value,
            [.. plan.Controls.Select(c => new PlannedControl(c.Id, c.Area, c.Title, c.Probability, c.Consequence, c.Method, c.ResponsiblePersonId, c.Due))],
            plan.Assumed);
    }
}
