using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// What the preview assumes people do (<see cref="PreviewAssumption"/>): the plan is followed. Every morning it does
/// yesterday's work: deadlines, SAM tasks and decisions due yesterday are completed (so their on-the-day reminder went
/// out, and no overdue reminder follows), the internkontrollplan is adopted the morning after its date and each control
/// checked the morning after its due date, a meeting is marked held the morning after it started (called by hand first
/// if its kallelse never went out through the wheel) and its minutes
/// approved a week after it started (after the justering reminder, before unapproved minutes count as overdue).
/// What was already late when the run began is not caught up: its overdue reminders go out.
/// </summary>
/// <param name="plans">The years' plans (from the configuration) whose deadlines, tasks and controls are done on time.</param>
internal sealed class PlanFollower(IGrainFactory grains, string organisationId, IReadOnlyList<YearPlan> plans)
{
    private const string Note = "Klart enligt plan.";

    /// <summary>Does the work due the day before <paramref name="today"/>.</summary>
    public async Task WorkAsync(LocalDate today, CancellationToken cancellationToken)
    {
        var yesterday = today.PlusDays(-1);
        foreach (var plan in plans)
        {
            await CompleteChecklistsAsync(plan, yesterday, cancellationToken);
            await FollowInternalControlAsync(plan, yesterday, cancellationToken);
        }

        await FollowMeetingsAsync(today, cancellationToken);
        await ExecuteDecisionsAsync(yesterday, cancellationToken);
    }

    private async Task CompleteChecklistsAsync(YearPlan plan, LocalDate yesterday, CancellationToken cancellationToken)
    {
        foreach (var deadline in plan.Deadlines.Where(d => d.Due == yesterday))
        {
            var grain = grains.GetGrain<IDeadlineGrain>($"{organisationId}/deadline/{deadline.Id}");
            if ((await grain.GetAsync(cancellationToken)).Status == ChecklistStatus.Open)
            {
                await grain.CompleteAsync(Note, deadline.ResponsiblePersonId, cancellationToken);
            }
        }

        foreach (var task in plan.WorkEnvironmentTasks.Where(t => t.Due == yesterday))
        {
            var grain = grains.GetGrain<IWorkEnvironmentTaskGrain>($"{organisationId}/sam-task/{task.Id}");
            if ((await grain.GetAsync(cancellationToken)).Status == ChecklistStatus.Open)
            {
                await grain.CompleteAsync(Note, task.ResponsiblePersonId, cancellationToken);
            }
        }
    }

    private async Task FollowInternalControlAsync(YearPlan plan, LocalDate yesterday, CancellationToken cancellationToken)
    {
        var due = plan.InternalControl.Controls.Where(c => c.Due == yesterday).ToList();
        if (plan.InternalControl.AdoptBy != yesterday && due.Count == 0)
        {
            return;
        }

        var grain = grains.GetGrain<IInternalControlPlanGrain>($"{organisationId}/internal-control/{plan.Year}");
        var current = await grain.GetAsync(cancellationToken);
        if (plan.InternalControl.AdoptBy == yesterday && current.Status != InternalControlPlanStatus.Adopted)
        {
            current = await grain.AdoptAsync(plan.InternalControl, "styrelsen", cancellationToken);
        }

        foreach (var control in due.Where(c => current.Controls.Any(s => s.Id == c.Id && s.Check is null)))
        {
            await grain.CheckOffAsync(new CheckOffControl(control.Id, ControlResult.Ok, "Kontrollerad utan anmärkning."), control.ResponsiblePersonId, cancellationToken);
        }
    }

    // Meetings by their current dates, from the register (ad-hoc ones too): a moved meeting is held when it now takes
    // place, a cancelled one never.
    private async Task FollowMeetingsAsync(LocalDate today, CancellationToken cancellationToken)
    {
        var weekAgo = today.PlusDays(-7);
        var window = new MeetingRegisterFilter(
            weekAgo.AtStartOfDayInZone(VirtualClockRun.Zone).ToInstant(), today.AtStartOfDayInZone(VirtualClockRun.Zone).ToInstant());
        var register = grains.GetGrain<IMeetingRegisterGrain>($"{organisationId}/meeting-register");
        foreach (var meeting in await register.ListAsync(window, cancellationToken))
        {
            var grain = grains.GetGrain<IMeetingGrain>(meeting.Key);
            if (meeting.Start.Date == today.PlusDays(-1)
                && meeting.Status is not (MeetingStatus.Held or MeetingStatus.MinutesApproved or MeetingStatus.Cancelled))
            {
                if (meeting.Status is MeetingStatus.Planned or MeetingStatus.Rescheduled)
                {
                    // Its kallelse never went out through the wheel (its date lay before the wheel was generated): the
                    // kansli called the meeting by hand, and it was held all the same.
                    await grain.RecordInvitationSentAsync("kansli", cancellationToken);
                }

                await grain.MarkHeldAsync("kansli", cancellationToken);
            }
            else if (meeting.Start.Date == weekAgo && meeting.Status == MeetingStatus.Held)
            {
                await grain.ApproveMinutesAsync("kansli", cancellationToken);
            }
        }
    }

    private async Task ExecuteDecisionsAsync(LocalDate yesterday, CancellationToken cancellationToken)
    {
        var register = grains.GetGrain<IDecisionRegisterGrain>($"{organisationId}/decision-register");
        foreach (var entry in await register.ListAsync(cancellationToken: cancellationToken))
        {
            var decision = entry.Summary;
            if (decision.Due != yesterday || decision.Status is not (DecisionStatus.Decided or DecisionStatus.InProgress))
            {
                continue;
            }

            var grain = grains.GetGrain<IDecisionGrain>(decision.Key);
            if (decision.Status == DecisionStatus.Decided)
            {
                await grain.ChangeStatusAsync(DecisionStatus.InProgress, null, decision.ResponsiblePersonId, cancellationToken);
            }

            await grain.ChangeStatusAsync(DecisionStatus.Executed, Note, decision.ResponsiblePersonId, cancellationToken);
        }
    }
}
