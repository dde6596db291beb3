using System.Globalization;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>Grain snapshots as <see cref="ReminderSubject"/>s (null or empty when the grain holds nothing yet).</summary>
public static class ReminderSubjects
{
    /// <summary>A meeting; null before it is planned.</summary>
    public static ReminderSubject? Of(MeetingSnapshot meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status == MeetingStatus.NotPlanned)
        {
            return null;
        }

        var facts = new MeetingFacts(
            meeting.Status, meeting.Start, meeting.End, meeting.StartsAt, meeting.EndsAt, meeting.Sequence,
            meeting.InvitationSentAt is not null, meeting.PapersSentAt is not null);
        return Subject(
            new ReminderItem(meeting.Key, WheelItemKind.Meeting), meeting.Title, null, facts, null,
            meeting.Status == MeetingStatus.MinutesApproved, meeting.Status == MeetingStatus.Cancelled, meeting.History);
    }

    /// <summary>A report deadline; null before it is planned.</summary>
    public static ReminderSubject? Of(DeadlineSnapshot deadline) =>
        deadline?.Plan is not { } plan ? null : Subject(
            new ReminderItem(deadline.Key, WheelItemKind.Deadline), plan.Title, plan.Due, null, plan.Category,
            deadline.Status == ChecklistStatus.Completed, false, deadline.History);

    /// <summary>A SAM task; null before it is planned.</summary>
    public static ReminderSubject? Of(WorkEnvironmentTaskSnapshot task) =>
        task?.Plan is not { } plan ? null : Subject(
            new ReminderItem(task.Key, WheelItemKind.WorkEnvironmentTask), plan.Title, plan.Due, null, null,
            task.Status == ChecklistStatus.Completed, false, task.History);

    /// <summary>A decision; null before it is recorded. Carried out (verkställt or later) is done; avbrutet is cancelled.</summary>
    public static ReminderSubject? Of(DecisionSnapshot decision) =>
        decision is null || decision.Status == DecisionStatus.NotRecorded ? null : Subject(
            new ReminderItem(decision.Key, WheelItemKind.Decision), decision.Title, decision.Due, null, null,
            decision.Status is DecisionStatus.Executed or DecisionStatus.ReportedBack, decision.Status == DecisionStatus.Cancelled,
            decision.History);

    /// <summary>An internal-control plan's adoption, tertial-2 follow-up and controls; empty before it is planned.</summary>
    public static IReadOnlyList<ReminderSubject> Of(InternalControlPlanSnapshot plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status == InternalControlPlanStatus.NotPlanned)
        {
            return [];
        }

        var adopted = plan.Status == InternalControlPlanStatus.Adopted;
        var year = plan.Year.ToString(CultureInfo.InvariantCulture);
        var subjects = new List<ReminderSubject>();
        if (plan.AdoptBy is { } adoptBy)
        {
            subjects.Add(Subject(
                new ReminderItem(plan.Key, WheelItemKind.InternalControlAdoption, AnnualWheelRules.InternalControlAdoptionId),
                $"Fastställ internkontrollplan {year}", adoptBy, null, null, adopted, false, plan.History));
        }

        if (plan.FollowUpDue is { } followUp)
        {
            subjects.Add(Subject(
                new ReminderItem(plan.Key, WheelItemKind.InternalControlFollowUp, AnnualWheelRules.InternalControlFollowUpId),
                $"Uppföljning av internkontrollplan {year} (tertial 2)", followUp, null, null,
                adopted && plan.Controls.All(c => c.Check is not null), false, plan.History));
        }

        subjects.AddRange(plan.Controls.Select(control => Subject(
            new ReminderItem(plan.Key, WheelItemKind.InternalControl, control.Id), control.Title, control.Due, null, null,
            control.Check is not null, false, plan.History)));
        return subjects;
    }

    private static ReminderSubject Subject(
        ReminderItem item, string title, LocalDate? due, MeetingFacts? meeting, DeadlineCategory? category, bool done, bool cancelled,
        IReadOnlyList<AuditEntry> history) =>
        new(item, title, due, meeting, category, done, cancelled,
            history.Count > 0 ? history[0].At : Instant.MinValue,
            history.Count > 0 ? history[^1].At : Instant.MinValue);
}
