using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// A diligent kansli: every morning at 08:00 it does yesterday's work — items due yesterday are completed (so their
/// on-the-day reminder went out, and no overdue reminder ever does), the internkontrollplan is adopted the morning after
/// its date and each control checked the morning after its due date, a meeting is marked held the morning after it
/// started and its minutes approved a week after it started (after the justering reminder, before the 14 days after which
/// unapproved minutes count as overdue).
/// </summary>
internal sealed class SimulatedOffice(IGrainFactory grains)
{
    private const string Note = "Klart enligt plan.";

    public async Task WorkAsync(LocalDate today, YearPlan plan, CancellationToken cancellationToken)
    {
        var yesterday = today.PlusDays(-1);
        foreach (var deadline in plan.Deadlines.Where(d => d.Due == yesterday))
        {
            await grains.GetGrain<IDeadlineGrain>($"sco/deadline/{deadline.Id}").CompleteAsync(Note, deadline.ResponsiblePersonId, cancellationToken);
        }

        foreach (var task in plan.WorkEnvironmentTasks.Where(t => t.Due == yesterday))
        {
            await grains.GetGrain<IWorkEnvironmentTaskGrain>($"sco/sam-task/{task.Id}").CompleteAsync(Note, task.ResponsiblePersonId, cancellationToken);
        }

        var controls = grains.GetGrain<IInternalControlPlanGrain>($"sco/internal-control/{plan.Year}");
        if (plan.InternalControl.AdoptBy == yesterday)
        {
            await controls.AdoptAsync(plan.InternalControl, "styrelsen", cancellationToken);
        }

        foreach (var control in plan.InternalControl.Controls.Where(c => c.Due == yesterday))
        {
            await controls.CheckOffAsync(new CheckOffControl(control.Id, ControlResult.Ok, "Kontrollerad utan anmärkning."), control.ResponsiblePersonId, cancellationToken);
        }

        // Meetings by their current dates: a moved meeting is held when it now takes place, a cancelled one never.
        foreach (var planned in plan.Meetings)
        {
            var meeting = grains.GetGrain<IMeetingGrain>($"sco/meeting/{planned.Id}");
            var current = await meeting.GetAsync(cancellationToken);
            if (current.Status == MeetingStatus.Cancelled)
            {
                continue;
            }

            if (current.Start.Date == yesterday)
            {
                await meeting.MarkHeldAsync("kansli", cancellationToken);
            }
            else if (current.Start.Date == today.PlusDays(-7) && current.Status == MeetingStatus.Held)
            {
                await meeting.ApproveMinutesAsync("kansli", cancellationToken);
            }
        }
    }
}
