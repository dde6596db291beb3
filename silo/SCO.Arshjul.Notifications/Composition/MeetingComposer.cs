using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// A meeting's reminders: reads the meeting, checks the reminder still applies (<see cref="MeetingApplicability"/>),
/// composes it, and records the kallelse (and who it went to) or handlingar as sent once the notification is in the
/// outbox.
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
                (attendees, ct) => RecordInvitationAsync(grain, meeting.Key, attendees, ct),
                cancellationToken),
            ReminderKind.Papers => await notices.PapersAsync(
                context,
                meeting,
                ct => MeetingRecords.RecordAsync(logger, meeting.Key, "papers", () => grain.RecordPapersSentAsync(options.Actor, ct)),
                cancellationToken),
            ReminderKind.DayBefore => await reminders.DayBeforeAsync(context, meeting, cancellationToken),
            _ => await reminders.MinutesAsync(context, meeting, cancellationToken),
        };
    }

    // Who it went to first, then that it was sent: a crash in between leaves the kallelse unsent, so its re-run (which
    // writes nothing again) records both.
    private async Task RecordInvitationAsync(IMeetingGrain grain, string meetingKey, IReadOnlyList<Recipient> attendees, CancellationToken cancellationToken)
    {
        await MeetingRecords.RecordInvitedAsync(logger, grain, meetingKey, attendees, options.Actor, cancellationToken);
        await MeetingRecords.RecordAsync(logger, meetingKey, "invitation", () => grain.RecordInvitationSentAsync(options.Actor, cancellationToken));
    }
}
