using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>What falls due and what is overdue, read from the item grains at query time.</summary>
internal sealed partial class AnnualWheelGrain
{
    public async Task<IReadOnlyList<WheelDueItem>> GetDueAsync(Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            throw new GovernanceRuleException(GovernanceErrorCodes.WheelIntervalInvalid, "Periodens slut måste vara efter dess början.");
        }

        var reader = new WheelItemReader(GrainFactory);
        var due = new List<WheelDueItem>();
        foreach (var activity in State.Activities)
        {
            var item = await reader.ReadAsync(activity, cancellationToken);
            if (item.DueAt >= from && item.DueAt < to)
            {
                due.Add(new WheelDueItem(activity, item.DueAt, item.Status, item.IsDone));
            }
        }

        return [.. due.OrderBy(d => d.DueAt).ThenBy(d => d.Activity.Kind).ThenBy(d => d.Activity.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<WheelOverdueItem>> GetOverdueAsync(Instant at, CancellationToken cancellationToken = default)
    {
        var reader = new WheelItemReader(GrainFactory);
        var overdue = new List<WheelOverdueItem>();
        foreach (var activity in State.Activities)
        {
            var item = await reader.ReadAsync(activity, cancellationToken);
            if (!item.IsDone && item.OverdueFrom is { } since && at >= since)
            {
                overdue.Add(new WheelOverdueItem(activity.Kind, activity.Id, activity.Title, activity.GrainKey, since, item.Status, item.ResponsiblePersonId));
            }
        }

        var register = GrainFactory.GetGrain<IDecisionRegisterGrain>(OrganisationScope.DecisionRegisterKey(OrganisationId));
        foreach (var entry in await register.ListAsync(new DecisionRegisterFilter(OverdueOnly: true, At: at), cancellationToken))
        {
            var decision = entry.Summary;
            overdue.Add(new WheelOverdueItem(
                WheelItemKind.Decision,
                decision.Reference,
                decision.Title,
                decision.Key,
                StockholmTime.OverdueFrom(decision.Due),
                decision.Status.ToString(),
                decision.ResponsiblePersonId));
        }

        return [.. overdue.OrderBy(o => o.OverdueSince).ThenBy(o => o.Kind).ThenBy(o => o.Id, StringComparer.Ordinal)];
    }
}
