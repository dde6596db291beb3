using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Mail;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Graph.Calendar;

/// <summary>
/// A meeting's kallelse, updated kallelse and cancellation as one event in the organiser mailbox's calendar. The first
/// kallelse creates the event (with a transaction id, so a retried create makes no second event) and keeps its id on
/// the meeting grain; every later change PATCHes that event with the meeting as it now stands (time, agenda, attendees);
/// a cancellation calls the event's cancel action with the message. Exchange mails the attendees each time. A kallelse
/// or update overtaken by a later change of the meeting (a retry that comes after the newer message) is not sent: the
/// newer one carries the meeting as it stands, and the older would put the event back.
/// </summary>
internal sealed partial class GraphCalendarDelivery(
    GraphServiceClient client,
    GraphOptions options,
    IGrainFactory grains,
    GraphMailDelivery mail,
    IDeliveryAttemptLog attempts,
    TimeProvider timeProvider,
    ILogger<GraphCalendarDelivery> logger)
{
    /// <summary>Who the meeting's history names as having recorded its event.</summary>
    public const string Actor = "system:graph";

    public async Task DeliverAsync(OutgoingMessage message, CalendarInvite invite, CancellationToken cancellationToken)
    {
        var notification = message.Parts[0];
        var mailbox = options.MailboxFor(notification.OrganisationId);
        var meeting = grains.GetGrain<IMeetingGrain>(notification.ItemKey);
        var current = await meeting.GetAsync(cancellationToken);
        if (invite.Method == CalendarMethod.Request && invite.Sequence < current.Sequence)
        {
            LogSuperseded(invite.Uid, invite.Sequence, current.Sequence);
            return;
        }

        var eventId = current.CalendarEventId;
        if (invite.Method == CalendarMethod.Cancel)
        {
            await CancelAsync(message, invite, mailbox, eventId, meeting, cancellationToken);
            return;
        }

        if (eventId is null)
        {
            eventId = await CreateAsync(invite, mailbox, GraphEventBuilder.Create(invite, options), meeting, CreateKey(invite.Uid), cancellationToken);
            if (invite.Sequence == 0)
            {
                return;
            }

            // A create with a known transaction id may hand back the event an earlier, unrecorded create made for an
            // earlier version of the meeting: bring it up to date.
        }

        try
        {
            await client.Users[mailbox].Events[eventId].PatchAsync(GraphEventBuilder.Update(invite, options), cancellationToken: cancellationToken);
            LogUpdated(invite.Uid, invite.Sequence, eventId);
        }
        catch (ODataError e) when (e.Error?.Code == "ErrorItemNotFound")
        {
            // Someone deleted the event in Outlook: create it anew (a new transaction id, or Graph would hand back the deleted one).
            LogRecreating(invite.Uid, eventId);
            var recreated = GraphEventBuilder.Create(invite, options);
            recreated.TransactionId = GraphEventBuilder.TransactionIdOf($"{invite.Uid}/recreated/{eventId}");
            await CreateAsync(invite, mailbox, recreated, meeting, $"{CreateKey(invite.Uid)}/recreated/{eventId}", cancellationToken);
        }
    }

    private async Task CancelAsync(
        OutgoingMessage message, CalendarInvite invite, string mailbox, string? eventId, IMeetingGrain meeting, CancellationToken cancellationToken)
    {
        if (eventId is null)
        {
            if (!await MayHaveCreatedAsync(invite.Uid, cancellationToken))
            {
                // The kallelse never went through Graph (e.g. it went out before Graph was configured): tell people by mail.
                LogCancelByMail(invite.Uid);
                await mail.DeliverAsync(message, cancellationToken);
                return;
            }

            // A create whose answer was lost may have made the event, and Exchange then invited the attendees: the same
            // transaction id hands that event back (or makes it now, if the create never got through), to be cancelled.
            LogCancelAfterUnconfirmedCreate(invite.Uid);
            eventId = await CreateAsync(invite, mailbox, GraphEventBuilder.Create(invite, options), meeting, CreateKey(invite.Uid), cancellationToken);
        }

        try
        {
            await client.Users[mailbox].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = invite.Description }, cancellationToken: cancellationToken);
            LogCancelled(invite.Uid, eventId);
        }
        catch (ODataError e) when (e.Error?.Code == "ErrorItemNotFound")
        {
            // Already cancelled or deleted (a retried cancel, or by hand in Outlook): the attendees have been told.
            LogAlreadyGone(invite.Uid, eventId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated Graph event {EventId} for {Uid} (sequence {Sequence})")]
    private partial void LogUpdated(string uid, int sequence, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph event {EventId} for {Uid} no longer exists; creating it anew")]
    private partial void LogRecreating(string uid, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled Graph event {EventId} for {Uid}")]
    private partial void LogCancelled(string uid, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph event {EventId} for {Uid} was already cancelled or deleted")]
    private partial void LogAlreadyGone(string uid, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Uid} has no Graph event (its kallelse did not go through Graph): the cancellation goes by mail")]
    private partial void LogCancelByMail(string uid);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Uid} sequence {Sequence} not sent: the meeting is at sequence {Current}, whose own message carries it")]
    private partial void LogSuperseded(string uid, int sequence, int current);
}
