using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Graph.Calendar;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Http;
using SCO.Arshjul.Notifications.Graph.Mail;

namespace SCO.Arshjul.Notifications.Graph;

/// <summary>
/// Delivers through Microsoft Graph as the organiser mailbox: a message with a calendar part becomes (or changes, or
/// cancels) an event in the mailbox's calendar (<see cref="GraphCalendarDelivery"/>); any other is mailed to each
/// recipient (<see cref="GraphMailDelivery"/>). A refusal that retrying cannot mend (403, no such mailbox, bad address)
/// becomes a <see cref="PermanentDeliveryException"/> with Graph's code; anything else is retried by the dispatcher.
/// </summary>
internal sealed class GraphNotificationChannel(GraphCalendarDelivery calendar, GraphMailDelivery mail, GraphOptions options) : INotificationChannel
{
    /// <inheritdoc />
    public string Name => "graph";

    /// <inheritdoc />
    public string Destination =>
        string.IsNullOrWhiteSpace(options.Mailbox)
            ? $"Microsoft Graph at {options.BaseUrl} as each organisation's own mailbox ({options.Mailboxes.Count})"
            : $"Microsoft Graph at {options.BaseUrl} as mailbox {options.Mailbox}" + (options.Mailboxes.Count > 0 ? $" (+{options.Mailboxes.Count} per organisation)" : string.Empty);

    /// <inheritdoc />
    public async Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            if (message.Calendar is { } invite)
            {
                await calendar.DeliverAsync(message, invite, cancellationToken);
            }
            else
            {
                await mail.DeliverAsync(message, cancellationToken);
            }
        }
        catch (Exception e) when (GraphFailure.Of(e) is { } failure)
        {
            if (failure.Kind == GraphFailureKind.Permanent)
            {
                throw new PermanentDeliveryException(failure.Code, failure.ToString(), e);
            }

            throw new GraphDeliveryException(failure.ToString(), e);
        }
    }
}
