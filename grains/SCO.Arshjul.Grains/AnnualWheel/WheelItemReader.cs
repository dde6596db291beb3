using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// Reads the current state of the wheel's activities from their grains, for one query: the internkontrollplan, which
/// backs several activities, is read once.
/// </summary>
internal sealed class WheelItemReader(IGrainFactory grainFactory)
{
    private readonly Dictionary<string, InternalControlPlanSnapshot> _controlPlans = new(StringComparer.Ordinal);

    public async Task<WheelItemState> ReadAsync(WheelActivity activity, CancellationToken cancellationToken)
    {
        switch (activity.Kind)
        {
            case WheelItemKind.Meeting:
                var meeting = await grainFactory.GetGrain<IMeetingGrain>(activity.GrainKey).GetAsync(cancellationToken);
                return new WheelItemState(
                    meeting.StartsAt,
                    meeting.EndsAt + AnnualWheelRules.MinutesApprovalPeriod,
                    meeting.Status.ToString(),
                    meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Cancelled,
                    null);
            case WheelItemKind.Deadline:
                var deadline = await grainFactory.GetGrain<IDeadlineGrain>(activity.GrainKey).GetAsync(cancellationToken);
                return Checklist(deadline.Plan?.Due ?? activity.Due!.Value, deadline.Status, deadline.Plan?.ResponsiblePersonId);
            case WheelItemKind.WorkEnvironmentTask:
                var task = await grainFactory.GetGrain<IWorkEnvironmentTaskGrain>(activity.GrainKey).GetAsync(cancellationToken);
                return Checklist(task.Plan?.Due ?? activity.Due!.Value, task.Status, task.Plan?.ResponsiblePersonId);
            default:
                return ReadControlActivity(activity, await ControlPlanAsync(activity.GrainKey, cancellationToken));
        }
    }

    private static WheelItemState ReadControlActivity(WheelActivity activity, InternalControlPlanSnapshot plan)
    {
        switch (activity.Kind)
        {
            case WheelItemKind.InternalControlAdoption:
                var adoptBy = plan.AdoptBy ?? activity.Due!.Value;
                return new WheelItemState(
                    StockholmTime.StartOf(adoptBy),
                    StockholmTime.OverdueFrom(adoptBy),
                    plan.Status.ToString(),
                    plan.Status == InternalControlPlanStatus.Adopted,
                    null);
            case WheelItemKind.InternalControlFollowUp:
                // The follow-up is done when every control is checked; it is never overdue itself, its controls are.
                var allChecked = plan.Status == InternalControlPlanStatus.Adopted && plan.Controls.All(c => c.Check is not null);
                var status = allChecked ? ChecklistStatus.Completed : ChecklistStatus.Open;
                return new WheelItemState(StockholmTime.StartOf(plan.FollowUpDue ?? activity.Due!.Value), null, status.ToString(), allChecked, null);
            default:
                var control = plan.Controls.FirstOrDefault(c => c.Id == activity.Id);
                var due = control?.Due ?? activity.Due!.Value;
                return new WheelItemState(
                    StockholmTime.StartOf(due),
                    StockholmTime.OverdueFrom(due),
                    control?.Check?.Result.ToString() ?? "NotChecked",
                    control?.Check is not null,
                    control?.ResponsiblePersonId);
        }
    }

    private static WheelItemState Checklist(LocalDate due, ChecklistStatus status, string? responsible) =>
        new(StockholmTime.StartOf(due), StockholmTime.OverdueFrom(due), status.ToString(), status == ChecklistStatus.Completed, responsible);

    private async Task<InternalControlPlanSnapshot> ControlPlanAsync(string key, CancellationToken cancellationToken)
    {
        if (!_controlPlans.TryGetValue(key, out var plan))
        {
            plan = await grainFactory.GetGrain<IInternalControlPlanGrain>(key).GetAsync(cancellationToken);
            _controlPlans[key] = plan;
        }

        return plan;
    }
}
