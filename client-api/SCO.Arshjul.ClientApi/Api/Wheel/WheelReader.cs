using System.Text.Json;
using SCO.Arshjul.ClientApi.Api.History;
using SCO.Arshjul.ClientApi.Api.WorkEnvironment;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Wheel;

/// <summary>
/// A year's wheel with every item's current state, for the API and the pages. Reads in parallel and once per source:
/// the wheel's index, the meeting register (meetings), the internkontrollplan (adoption, follow-up, controls), and the
/// deadline and SAM-task grains of the year's activities.
/// </summary>
public static class WheelReader
{
    /// <summary>The wheel of <paramref name="year"/>, or null when it was never generated.</summary>
    public static async Task<WheelYear?> ReadAsync(IGrainFactory grains, string organisation, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await WheelYears.FindAsync(grains, organisation, year, cancellationToken) is not { } wheel)
        {
            return null;
        }

        var activities = wheel.Activities;
        var meetings = grains.GetGrain<IMeetingRegisterGrain>($"{organisation}/meeting-register").ListAsync(null, cancellationToken);
        var controlPlan = grains.GetGrain<IInternalControlPlanGrain>($"{organisation}/internal-control/{year}").GetAsync(cancellationToken);
        var deadlines = Task.WhenAll(activities
            .Where(a => a.Kind == WheelItemKind.Deadline)
            .Select(a => grains.GetGrain<IDeadlineGrain>(a.GrainKey).GetAsync(cancellationToken)));
        var tasks = WorkEnvironmentTasks.ReadAsync(grains, activities, cancellationToken);
        await Task.WhenAll(meetings, controlPlan, deadlines, tasks);

        var sources = new Sources(
            (await meetings).ToDictionary(m => m.Key, StringComparer.Ordinal),
            await controlPlan,
            (await deadlines).ToDictionary(d => d.Key, StringComparer.Ordinal),
            (await tasks).ToDictionary(t => t.Item, StringComparer.Ordinal));
        var items = new List<WheelItem>(activities.Count);
        foreach (var activity in activities)
        {
            items.Add(activity.Kind == WheelItemKind.Meeting && !sources.Meetings.ContainsKey(activity.GrainKey)
                ? await UnregisteredMeetingAsync(grains, activity, cancellationToken)
                : ItemOf(activity, sources));
        }

        return new WheelYear(
            wheel.Year,
            wheel.Source,
            wheel.GeneratedAt,
            [.. items.OrderBy(i => i.Start ?? i.Due!.Value.AtMidnight()).ThenBy(i => i.Kind).ThenBy(i => i.Id, StringComparer.Ordinal)]);
    }

    private static WheelItem ItemOf(WheelActivity activity, Sources sources)
    {
        var item = Item(activity);
        switch (activity.Kind)
        {
            case WheelItemKind.Meeting:
                var meeting = sources.Meetings[activity.GrainKey];
                return item with { Start = meeting.Start, End = meeting.End, Status = Name(meeting.Status), IsDone = IsDone(meeting.Status) };
            case WheelItemKind.Deadline when sources.Deadlines.GetValueOrDefault(activity.GrainKey) is { Plan: { } planned } deadline:
                return item with
                {
                    Due = planned.Due,
                    Status = Name(deadline.Status),
                    IsDone = deadline.Status == ChecklistStatus.Completed,
                    Responsible = planned.ResponsiblePersonId,
                };
            case WheelItemKind.WorkEnvironmentTask when sources.Tasks.GetValueOrDefault(item.Item) is { } task:
                return item with
                {
                    Due = task.Due,
                    Status = Name(task.Status),
                    IsDone = task.Status == ChecklistStatus.Completed,
                    Responsible = task.Responsible,
                };
            case WheelItemKind.InternalControlAdoption:
                var plan = sources.ControlPlan;
                return item with { Due = plan.AdoptBy ?? item.Due, Status = Name(plan.Status), IsDone = plan.Status == InternalControlPlanStatus.Adopted };
            case WheelItemKind.InternalControlFollowUp:
                // As the wheel judges it: done when the adopted plan's controls are all checked.
                var allChecked = sources.ControlPlan.Status == InternalControlPlanStatus.Adopted && sources.ControlPlan.Controls.All(c => c.Check is not null);
                return item with
                {
                    Due = sources.ControlPlan.FollowUpDue ?? item.Due,
                    Status = Name(allChecked ? ChecklistStatus.Completed : ChecklistStatus.Open),
                    IsDone = allChecked,
                };
            case WheelItemKind.InternalControl when sources.ControlPlan.Controls.FirstOrDefault(c => c.Id == activity.Id) is { } control:
                return item with
                {
                    Due = control.Due,
                    Status = control.Check is { } check ? Name(check.Result) : "notChecked",
                    IsDone = control.Check is not null,
                    Responsible = control.ResponsiblePersonId,
                };
            default:
                return item;
        }
    }

    private static async Task<WheelItem> UnregisteredMeetingAsync(IGrainFactory grains, WheelActivity activity, CancellationToken cancellationToken)
    {
        // The register is repaired when the wheel is generated again; until then the meeting grain itself answers.
        var meeting = await grains.GetGrain<IMeetingGrain>(activity.GrainKey).GetAsync(cancellationToken);
        return meeting.Status == MeetingStatus.NotPlanned
            ? Item(activity)
            : Item(activity) with { Start = meeting.Start, End = meeting.End, Status = Name(meeting.Status), IsDone = IsDone(meeting.Status) };
    }

    /// <summary>The activity as planned, its status not known (<c>notPlanned</c>) until read from its item.</summary>
    private static WheelItem Item(WheelActivity activity) => new(
        activity.Id,
        activity.Kind,
        ItemIds.Of(activity.GrainKey),
        activity.Title,
        activity.BodyIds,
        activity.Start,
        activity.End,
        activity.Due,
        Name(MeetingStatus.NotPlanned),
        IsDone: false,
        Responsible: null,
        activity.Assumed);

    private static bool IsDone(MeetingStatus status) => status is MeetingStatus.MinutesApproved or MeetingStatus.Cancelled;

    /// <summary>An enum value as the API spells it: <c>MinutesApproved</c> → <c>minutesApproved</c>.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed record Sources(
        Dictionary<string, MeetingSummary> Meetings,
        InternalControlPlanSnapshot ControlPlan,
        Dictionary<string, DeadlineSnapshot> Deadlines,
        Dictionary<string, WorkEnvironmentTaskItem> Tasks);
}
