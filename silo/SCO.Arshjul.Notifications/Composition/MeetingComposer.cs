using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// A meeting's reminders: reads the meeting, checks the reminder still applies (<see cref="MeetingApplicability"/>),
/// composes it, and records the kallelse or handlingar as sent once the notification is in the outbox.
/// </summary>
internal sealed class MeetingComposer(
    IGrainFactory grains,
    MeetingNotices notices,
    MeetingReminders reminders,
    CompositionOptions options,
    ILogger logger) : IReminderComposer
{
    public bool Handles(WheelItemKind kind) => kind == WheelItemKind.Meeting;

    public async Task<ComposedReminder> ComposeAsync(ReminderContext context, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IMeetingGrain>(context.Occurrence.ItemKey);
        var meeting = await grain.GetAsync(cancellationToken);
        if (MeetingApplicability.SkipReason(meeting, context.Occurrence.Kind, context.FiredAt) is { } reason)
        {
            return ComposedReminder.Skip(reason);
        }

        return context.Occurrence.Kind switch
        {
            ReminderKind.Invitation or ReminderKind.InvitationUpdate or ReminderKind.Cancellation => await notices.CalendarAsync(
                context,
                meeting,
                ct => RecordAsync(meeting.Key, "invitation", () => grain.RecordInvitationSentAsync(options.Actor, ct)),
                cancellationToken),
            ReminderKind.Papers => await notices.PapersAsync(
                context,
                meeting,
                ct => RecordAsync(meeting.Key, "papers", () => grain.RecordPapersSentAsync(options.Actor, ct)),
                cancellationToken),
            ReminderKind.DayBefore => await reminders.DayBeforeAsync(context, meeting, cancellationToken),
            _ => await reminders.MinutesAsync(context, meeting, cancellationToken),
        };
    }

    // The notification is already in the outbox; if the meeting moved on meanwhile (another handler recorded it, or
    // a person did by hand), the record is there already and there is nothing to undo.
    private async Task RecordAsync(string meetingKey, string what, Func<Task<MeetingSnapshot>> record)
    {
        try
        {
            await record();
        }
        catch (GovernanceRuleException error) when (error.Code == GovernanceErrorCodes.MeetingInvalidTransition)
        {
            logger.LogInformation("Meeting {MeetingKey}: {What} already recorded as sent ({Code})", meetingKey, what, error.Code);
        }
    }
}
