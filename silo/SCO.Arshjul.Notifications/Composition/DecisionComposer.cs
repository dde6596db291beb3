using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Reminders of a board decision's due date, to its responsible person and the förbundschef (once if the same), while
/// it is beslutat or pågår: once verkställt, återrapporterat or avbrutet there is nothing left to remind of.
/// </summary>
internal sealed class DecisionComposer(IGrainFactory grains) : IReminderComposer
{
    public bool Handles(WheelItemKind kind) => kind == WheelItemKind.Decision;

    public async Task<ComposedReminder> ComposeAsync(ReminderContext context, CancellationToken cancellationToken)
    {
        var decision = await grains.GetGrain<IDecisionGrain>(context.Occurrence.ItemKey).GetAsync(cancellationToken);
        if (decision.Status is not (DecisionStatus.Decided or DecisionStatus.InProgress))
        {
            return ComposedReminder.Skip($"decision is {decision.Status}");
        }

        var organisation = context.Organisation;
        var recipients = RosterPeople.AndDirector(organisation, RosterPeople.Responsible(organisation, decision.ResponsiblePersonId));
        var item = new DueItem(
            $"Beslut {decision.Reference}",
            $"Beslut {decision.Reference}: {decision.Title}",
            $"{decision.Reference} {decision.Title}",
            decision.Due,
            "verkställt",
            SwedishLabels.Of(decision.Status),
            RosterPeople.NameOf(organisation, decision.ResponsiblePersonId),
            ["Beslutet återrapporteras till styrelsen när det är verkställt (Styrelsens beslut och processer)."]);
        return DueReminders.Compose(context, item, recipients);
    }
}
