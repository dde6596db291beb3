using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Users.Item.SendMail;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Content;
using SCO.Arshjul.Notifications.Graph.Http;
using SCO.Arshjul.Runtime;
using GraphModels = Microsoft.Graph.Models;

namespace SCO.Arshjul.Notifications.Graph.Mail;

/// <summary>
/// Reminders (and anything without a calendar part) as mail from the organiser mailbox: one personal sendMail per
/// recipient, in parallel within the mailbox's limits. sendMail has no idempotency key, so each send is written to the
/// <see cref="IDeliveryAttemptLog"/> first (<c>graph-mail/{message id}/{person id}</c>): a recipient already served is
/// skipped on a retry, and one whose earlier send was never confirmed (the node died, the request timed out) gets the
/// mail again with a note that it may be a duplicate, and a warning in the log. Nothing is sent twice silently.
/// </summary>
internal sealed partial class GraphMailDelivery(
    GraphServiceClient client,
    GraphOptions options,
    IDeliveryAttemptLog attempts,
    TimeProvider timeProvider,
    ILogger<GraphMailDelivery> logger)
{
    /// <summary>Put first in a mail whose earlier send was never confirmed.</summary>
    public const string PossibleDuplicateNotice =
        "Det här meddelandet kan ha skickats till dig en gång tidigare: ett tidigare utskick avbröts innan det bekräftades. Du kan bortse från en eventuell dubblett.";

    /// <summary>The attempt-log key of <paramref name="recipient"/>'s copy of <paramref name="message"/>.</summary>
    public static string AttemptKey(OutgoingMessage message, Recipient recipient) => $"graph-mail/{message.MessageId}/{recipient.PersonId}";

    /// <summary>Sends every recipient their copy; throws once all have been tried if any failed (permanently only if every failure was permanent).</summary>
    public async Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var mailbox = options.MailboxFor(message.Parts[0].OrganisationId);
        var recipients = message.To.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var failures = (await Task.WhenAll(recipients.Select(r => SendAsync(mailbox, message, r, cancellationToken))))
            .OfType<(Recipient Recipient, GraphFailure Failure)>()
            .ToList();
        if (failures.Count == 0)
        {
            return;
        }

        var summary = $"Sent to {recipients.Count - failures.Count} of {recipients.Count} recipient(s); failed: "
            + string.Join("; ", failures.Select(f => $"{f.Recipient.PersonId}: {f.Failure}"));
        if (failures.TrueForAll(f => f.Failure.Kind == GraphFailureKind.Permanent))
        {
            throw new PermanentDeliveryException(failures[0].Failure.Code, summary);
        }

        throw new GraphDeliveryException(summary);
    }

    private async Task<(Recipient, GraphFailure)?> SendAsync(string mailbox, OutgoingMessage message, Recipient recipient, CancellationToken cancellationToken)
    {
        var key = AttemptKey(message, recipient);
        var prior = await attempts.BeginAsync(key, timeProvider.GetUtcNow(), cancellationToken);
        if (prior == PriorDeliveryAttempt.Succeeded)
        {
            return null;
        }

        if (prior == PriorDeliveryAttempt.InDoubt)
        {
            LogPossibleDuplicate(message.MessageId, recipient.PersonId);
        }

        var body = new SendMailPostRequestBody
        {
            Message = new GraphModels.Message
            {
                Subject = message.Subject,
                Body = new GraphModels.ItemBody
                {
                    ContentType = GraphModels.BodyType.Html,
                    Content = HtmlBody.From(message.Body, prior == PriorDeliveryAttempt.InDoubt ? PossibleDuplicateNotice : null),
                },
                ToRecipients = [new GraphModels.Recipient { EmailAddress = new GraphModels.EmailAddress { Address = recipient.Email, Name = recipient.Name } }],
            },
            SaveToSentItems = options.SaveToSentItems,
        };
        try
        {
            await client.Users[mailbox].SendMail.PostAsync(body, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (GraphFailure.Of(e) is { } failure)
        {
            if (failure.Kind != GraphFailureKind.InDoubt)
            {
                // Refused: certainly not sent, so the next attempt is no duplicate. In doubt: the attempt stays open.
                await attempts.FailedAsync(key, failure.ToString(), timeProvider.GetUtcNow(), CancellationToken.None);
            }

            return (recipient, failure);
        }

        await attempts.SucceededAsync(key, timeProvider.GetUtcNow(), CancellationToken.None);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} to {PersonId} may have been sent before (an earlier send was never confirmed); sending it again marked as a possible duplicate")]
    private partial void LogPossibleDuplicate(string messageId, string personId);
}
