using NodaTime;
using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.Grains;

/// <summary>Builds the tertial-2 follow-up of an internkontrollplan from its snapshot (pure, no clock).</summary>
internal static class InternalControlFollowUp
{
    private const int RiskScale = 4;

    public static InternalControlFollowUpReport Build(InternalControlPlanSnapshot plan, Instant asOf)
    {
        // A check made after asOf did not exist at asOf: the report describes the plan as it stood then.
        ControlCheck? CheckAt(ControlSnapshot c) => c.Check is { } check && check.At <= asOf ? check : null;

        var controls = plan.Controls;
        var open = controls.Where(c => CheckAt(c) is null).OrderBy(c => c.Due).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var deviations = controls
            .Where(c => CheckAt(c)?.Result == ControlResult.Deviation)
            .Select(c => new ControlDeviation(c.Id, c.Area, c.Title, c.Risk, c.Check!.Comment, c.Check.ActionNote ?? string.Empty, c.Check.At, c.Check.By))
            .OrderByDescending(d => d.Risk)
            .ToList();
        var matrix = new int[RiskScale][];
        for (var p = 0; p < RiskScale; p++)
        {
            matrix[p] = new int[RiskScale];
        }

        foreach (var control in controls)
        {
            matrix[control.Probability - 1][control.Consequence - 1]++;
        }

        return new InternalControlFollowUpReport(
            plan.Key,
            plan.Year,
            plan.Status,
            asOf,
            controls.Count,
            controls.Count(c => CheckAt(c)?.Result == ControlResult.Ok),
            deviations.Count,
            open.Count,
            deviations,
            open,
            [.. open.Where(c => StockholmTime.IsOverdue(c.Due, asOf))],
            [.. matrix.Select(row => (IReadOnlyList<int>)row)]);
    }
}
