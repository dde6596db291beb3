using System.Globalization;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Reminders of the internkontrollplan: one control (to its internkontrollant, until checked off), the board's adoption
/// of the plan (to the board's ordförande and the förbundschef, until adopted) and the tertial-2 follow-up (to the
/// internkontrollanter and the förbundschef, until every control is checked).
/// </summary>
internal sealed class InternalControlComposer(IGrainFactory grains) : IReminderComposer
{
    public bool Handles(WheelItemKind kind) =>
        kind is WheelItemKind.InternalControl or WheelItemKind.InternalControlAdoption or WheelItemKind.InternalControlFollowUp;

    public async Task<ComposedReminder> ComposeAsync(ReminderContext context, CancellationToken cancellationToken)
    {
        var plan = await grains.GetGrain<IInternalControlPlanGrain>(context.Occurrence.ItemKey).GetAsync(cancellationToken);
        if (plan.Status == InternalControlPlanStatus.NotPlanned)
        {
            return ComposedReminder.Skip("internal-control plan not planned");
        }

        return context.Occurrence.ItemKind switch
        {
            WheelItemKind.InternalControl => Control(context, plan),
            WheelItemKind.InternalControlAdoption => Adoption(context, plan),
            _ => FollowUp(context, plan),
        };
    }

    private static ComposedReminder Control(ReminderContext context, InternalControlPlanSnapshot plan)
    {
        var control = plan.Controls.FirstOrDefault(c => c.Id == context.Occurrence.SubItemId);
        if (control is null)
        {
            return ComposedReminder.Skip($"control '{context.Occurrence.SubItemId}' is not in the plan");
        }

        if (control.Check is not null)
        {
            return ComposedReminder.Skip($"control '{control.Id}' already checked");
        }

        var organisation = context.Organisation;
        var item = new DueItem(
            $"Internkontroll \"{control.Title}\"",
            $"Internkontroll {plan.Year}: {control.Title} ({control.Area})",
            control.Title,
            control.Due,
            "genomförd",
            "inte genomförd",
            RosterPeople.NameOf(organisation, control.ResponsiblePersonId),
            [
                $"Metod: {control.Method}",
                string.Create(CultureInfo.InvariantCulture, $"Risk: {control.Risk} (sannolikhet {control.Probability} × konsekvens {control.Consequence})"),
            ]);
        var recipients = RosterPeople.Responsible(organisation, control.ResponsiblePersonId, Role.InternalControlAuditor, Role.Director);
        return DueReminders.Compose(context, item, [.. recipients]);
    }

    private static ComposedReminder Adoption(ReminderContext context, InternalControlPlanSnapshot plan)
    {
        if (plan.Status == InternalControlPlanStatus.Adopted || plan.AdoptBy is not { } adoptBy)
        {
            return ComposedReminder.Skip("internal-control plan already adopted");
        }

        var title = $"Internkontrollplan {plan.Year}";
        var recipients = RosterPeople.AndDirector(context.Organisation, RosterPeople.WithRole(context.Organisation, Role.Chair, BodyKind.Board));
        var item = new DueItem(
            title,
            $"{title}: styrelsen antar planen",
            title,
            adoptBy,
            "antagen av styrelsen",
            "inte antagen",
            null,
            [$"Kontroller i planen: {plan.Controls.Count}"]);
        return DueReminders.Compose(context, item, recipients);
    }

    private static ComposedReminder FollowUp(ReminderContext context, InternalControlPlanSnapshot plan)
    {
        var open = plan.Controls.Count(c => c.Check is null);
        if ((plan.Status == InternalControlPlanStatus.Adopted && open == 0) || plan.FollowUpDue is not { } followUpDue)
        {
            return ComposedReminder.Skip("every control of the plan is checked");
        }

        var title = $"Uppföljningen av internkontrollplan {plan.Year}";
        var recipients = RosterPeople.AndDirector(context.Organisation, RosterPeople.WithRole(context.Organisation, Role.InternalControlAuditor));
        var item = new DueItem(
            title,
            $"{title} (tertialrapport 2)",
            title,
            followUpDue,
            "klar",
            string.Create(CultureInfo.InvariantCulture, $"{open} av {plan.Controls.Count} kontroller inte genomförda"),
            null,
            [.. plan.Controls.Where(c => c.Check is null).Select(c => $"- {c.Title} (senast {SwedishDates.Date(c.Due)})")]);
        return DueReminders.Compose(context, item, recipients);
    }
}
