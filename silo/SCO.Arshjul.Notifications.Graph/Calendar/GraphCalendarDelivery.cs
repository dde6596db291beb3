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
/// a cancellation calls the event's cancel action with the message. Exchange mails the attendees each time.
/// </summary>
internal sealed partial class GraphCalendarDelivery(
    GraphServiceClient client,
    GraphOptions options,
    IGrainFactory grains,
    GraphMailDelivery mail,
    ILogger<GraphCalendarDelivery> logger)
{
    /// <summary>Who the meeting's history names as having recorded its event.</summary>
    public const string Actor = "system:graph";

    public async Task DeliverAsync(OutgoingMessage message, CalendarInvite invite, CancellationToken cancellationToken)
    {
        var notification = message.Parts[0];
        var mailbox = options.MailboxFor(notification.OrganisationId);
        var meeting = grains.GetGrain<IMeetingGrain>(notification.ItemKey);
        var eventId = (await meeting.GetAsync(cancellationToken)).CalendarEventId;
        if (invite.Method == CalendarMethod.Cancel)
        {
            await CancelAsync(message, invite, mailbox, eventId, cancellationToken);
            return;
        }

        if (eventId is null)
        {
            eventId = await CreateAsync(invite, mailbox, GraphEventBuilder.Create(invite, options), meeting, cancellationToken);
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
            await CreateAsync(invite, mailbox, recreated, meeting, cancellationToken);
        }
    }

    private async Task<string> CreateAsync(
        CalendarInvite invite,
        string mailbox,
        Microsoft.Graph.Models.Event graphEvent,
        IMeetingGrain meeting,
        CancellationToken cancellationToken)
    {
        var created = await client.Users[mailbox].Events.PostAsync(graphEvent, cancellationToken: cancellationToken);
        var id = created?.Id ?? throw new InvalidOperationException("Graph created the event but returned no id.");
        await meeting.RecordCalendarEventAsync(id, Actor, cancellationToken);
        LogCreated(invite.Uid, id, invite.Attendees.Count);
        return id;
    }

    private async Task CancelAsync(OutgoingMessage message, CalendarInvite invite, string mailbox, string? eventId, CancellationToken cancellationToken)
    {
        if (eventId is null)
        {
            // The kallelse never went through Graph (e.g. it went out before Graph was configured): tell people by mail.
            LogCancelByMail(invite.Uid);
            await mail.DeliverAsync(message, cancellationToken);
            return;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Created Graph event {EventId} for {Uid} with {Attendees} attendees")]
    private partial void LogCreated(string uid, string eventId, int attendees);

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
}
