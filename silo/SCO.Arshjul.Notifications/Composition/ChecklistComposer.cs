using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Reminders of a report deadline or a SAM task, to its responsible person, while it is open.</summary>
internal sealed class ChecklistComposer(IGrainFactory grains) : IReminderComposer
{
    public bool Handles(WheelItemKind kind) => kind is WheelItemKind.Deadline or WheelItemKind.WorkEnvironmentTask;

    public async Task<ComposedReminder> ComposeAsync(ReminderContext context, CancellationToken cancellationToken)
    {
        var key = context.Occurrence.ItemKey;
        var organisation = context.Organisation;
        var (status, responsible, item) = context.Occurrence.ItemKind == WheelItemKind.Deadline
            ? FromDeadline(await grains.GetGrain<IDeadlineGrain>(key).GetAsync(cancellationToken), organisation)
            : FromTask(await grains.GetGrain<IWorkEnvironmentTaskGrain>(key).GetAsync(cancellationToken), organisation);
        return status == ChecklistStatus.Open && item is not null
            ? DueReminders.Compose(context, item, [.. RosterPeople.Responsible(organisation, responsible)])
            : ComposedReminder.Skip($"{context.Occurrence.ItemKind} is {status}");
    }

    private static (ChecklistStatus, string, DueItem?) FromDeadline(DeadlineSnapshot deadline, OrganisationDefinition organisation)
    {
        if (deadline.Plan is not { } plan)
        {
            return (deadline.Status, string.Empty, null);
        }

        var body = organisation.Bodies.FirstOrDefault(b => b.Id == plan.BodyId);
        var item = new DueItem(
            plan.Title,
            plan.Title,
            plan.Title,
            plan.Due,
            "klar",
            SwedishLabels.Of(deadline.Status),
            RosterPeople.NameOf(organisation, plan.ResponsiblePersonId),
            body is null ? [] : [$"Lämnas till: {body.Name}"]);
        return (deadline.Status, plan.ResponsiblePersonId, item);
    }

    private static (ChecklistStatus, string, DueItem?) FromTask(WorkEnvironmentTaskSnapshot task, OrganisationDefinition organisation)
    {
        if (task.Plan is not { } plan)
        {
            return (task.Status, string.Empty, null);
        }

        var item = new DueItem(
            plan.Title,
            $"Arbetsmiljö (SAM): {plan.Title}",
            plan.Title,
            plan.Due,
            "genomförd",
            SwedishLabels.Of(task.Status),
            RosterPeople.NameOf(organisation, plan.ResponsiblePersonId),
            ["Dokumentera genomförandet när uppgiften är klar."]);
        return (task.Status, plan.ResponsiblePersonId, item);
    }
}
