using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Graph.Http;
using SCO.Arshjul.Runtime;
using GraphModels = Microsoft.Graph.Models;

namespace SCO.Arshjul.Notifications.Graph.Calendar;

/// <content>
/// Creating the event, written to the <see cref="IDeliveryAttemptLog"/> (<c>graph-event/{uid}</c>) so that a cancellation
/// of a meeting with no recorded event knows whether a create may have made one (its answer lost) that must be cancelled.
/// </content>
internal sealed partial class GraphCalendarDelivery
{
    /// <summary>The attempt-log key of the creates of the event with <paramref name="uid"/>.</summary>
    public static string CreateKey(string uid) => $"graph-event/{uid}";

    private async Task<string> CreateAsync(
        CalendarInvite invite,
        string mailbox,
        GraphModels.Event graphEvent,
        IMeetingGrain meeting,
        string attemptKey,
        CancellationToken cancellationToken)
    {
        await attempts.BeginAsync(attemptKey, timeProvider.GetUtcNow(), cancellationToken);
        GraphModels.Event? created;
        try
        {
            created = await client.Users[mailbox].Events.PostAsync(graphEvent, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (GraphFailure.Of(e) is { Kind: not GraphFailureKind.InDoubt } failure)
        {
            // Refused: this attempt certainly made no event. In doubt (timeout, gateway error): the attempt stays open.
            await attempts.FailedAsync(attemptKey, failure.ToString(), timeProvider.GetUtcNow(), CancellationToken.None);
            throw;
        }

        var id = created?.Id ?? throw new InvalidOperationException("Graph created the event but returned no id.");
        await meeting.RecordCalendarEventAsync(id, Actor, cancellationToken);
        await attempts.SucceededAsync(attemptKey, timeProvider.GetUtcNow(), CancellationToken.None);
        LogCreated(invite.Uid, id, invite.Attendees.Count);
        return id;
    }

    /// <summary>Whether a create of the event with <paramref name="uid"/> was ever made and not certainly refused.</summary>
    private async Task<bool> MayHaveCreatedAsync(string uid, CancellationToken cancellationToken) =>
        await attempts.GetAsync(CreateKey(uid), cancellationToken) is { } attempt
        && !(attempt.State == DeliveryAttemptState.Failed && attempt.InDoubtCount == 0);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created Graph event {EventId} for {Uid} with {Attendees} attendees")]
    private partial void LogCreated(string uid, string eventId, int attendees);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Uid} has no recorded Graph event but a create of it may have gone through unanswered: finding it by its transaction id to cancel it")]
    private partial void LogCancelAfterUnconfirmedCreate(string uid);
}
