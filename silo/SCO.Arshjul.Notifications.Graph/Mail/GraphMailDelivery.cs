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
/// <see cref="IDeliveryAttemptLog"/> first (<c>graph-mail/{message id}/{person id}</c>) and carries that key as an extended
/// property: a recipient already served is skipped on a retry, and one whose earlier send was never confirmed (the node
/// died, the answer was lost) is looked up in the mailbox's Sent Items (<see cref="SentItemsLookup"/>): found, it counts as
/// sent; not found, it is sent again. Only when Sent Items cannot tell (the app lacks Mail.Read, or SaveToSentItems is
/// off) does the mail go again with a note that it may be a duplicate, and a warning in the log. Nothing is sent twice
/// silently.
/// </summary>
internal sealed partial class GraphMailDelivery(
    GraphServiceClient client,
    GraphOptions options,
    IDeliveryAttemptLog attempts,
    SentItemsLookup sentItems,
    TimeProvider timeProvider,
    ILogger<GraphMailDelivery> logger)
{
    /// <summary>Put first in a mail whose earlier send was never confirmed.</summary>
    public const string PossibleDuplicateNotice =
        "Det här meddelandet kan ha skickats till dig en gång tidigare: ett tidigare utskick avbröts innan det bekräftades. Du kan bortse från en eventuell dubblett.";

    /// <summary>The attempt-log key of <paramref name="recipient"/>'s copy of <paramref name="message"/>.</summary>
    public static string AttemptKey(OutgoingMessage message, Recipient recipient) => AttemptKey(message.MessageId, recipient.PersonId);

    /// <summary>The attempt-log key (and Sent Items tag) of person <paramref name="personId"/>'s copy of message <paramref name="messageId"/>.</summary>
    public static string AttemptKey(string messageId, string personId) => $"graph-mail/{messageId}/{personId}";

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

        string? notice = null;
        if (prior == PriorDeliveryAttempt.InDoubt)
        {
            var (sent, failure, duplicateNotice) = await ResolveInDoubtAsync(mailbox, message, recipient, key, cancellationToken);
            if (sent || failure is not null)
            {
                return failure is null ? null : (recipient, failure);
            }

            notice = duplicateNotice;
        }

        var body = new SendMailPostRequestBody
        {
            Message = new GraphModels.Message
            {
                Subject = message.Subject,
                Body = new GraphModels.ItemBody
                {
                    ContentType = GraphModels.BodyType.Html,
                    Content = HtmlBody.From(message.Body, notice),
                },
                ToRecipients = [new GraphModels.Recipient { EmailAddress = new GraphModels.EmailAddress { Address = recipient.Email, Name = recipient.Name } }],
                SingleValueExtendedProperties = [SentItemsLookup.Tag(key)],
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

    /// <summary>
    /// An earlier send to <paramref name="recipient"/> was never confirmed: asks Sent Items. Found: it went (recorded as
    /// succeeded). Not found: send it as a first send. No answer for now: a failure, to ask again on the next attempt
    /// (the send stays in doubt). Sent Items cannot tell (no Mail.Read, SaveToSentItems off): send with the duplicate notice.
    /// </summary>
    private async Task<(bool Sent, GraphFailure? Failure, string? Notice)> ResolveInDoubtAsync(
        string mailbox, OutgoingMessage message, Recipient recipient, string key, CancellationToken cancellationToken)
    {
        var answer = options.SaveToSentItems ? await sentItems.FindAsync(mailbox, key, cancellationToken) : null;
        switch (answer)
        {
            case { Found: true }:
                await attempts.SucceededAsync(key, timeProvider.GetUtcNow(), CancellationToken.None);
                LogFoundInSentItems(message.MessageId, recipient.PersonId);
                return (true, null, null);
            case { Failure: { Kind: not GraphFailureKind.Permanent } failure }:
                return (false, failure, null);
            case { Found: false }:
                LogNotInSentItems(message.MessageId, recipient.PersonId);
                return (false, null, null);
            default:
                LogPossibleDuplicate(message.MessageId, recipient.PersonId, answer?.Failure?.ToString() ?? "SaveToSentItems is off");
                return (false, null, PossibleDuplicateNotice);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} to {PersonId} may have been sent before (an earlier send was never confirmed, and Sent Items could not tell: {Reason}); sending it again marked as a possible duplicate")]
    private partial void LogPossibleDuplicate(string messageId, string personId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} to {PersonId} was sent before after all (its answer was lost): found in Sent Items, not sent again")]
    private partial void LogFoundInSentItems(string messageId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} to {PersonId}: an earlier send was never confirmed and is not in Sent Items; sending it again")]
    private partial void LogNotInSentItems(string messageId, string personId);
}
