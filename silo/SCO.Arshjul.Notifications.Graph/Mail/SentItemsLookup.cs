using Microsoft.Graph;
using SCO.Arshjul.Notifications.Graph.Http;
using GraphModels = Microsoft.Graph.Models;

namespace SCO.Arshjul.Notifications.Graph.Mail;

/// <summary>
/// sendMail answers with no id and takes no idempotency key, so each mail carries its attempt key as a single-value
/// extended property (<see cref="PropertyId"/>), and Exchange keeps that property on the copy it saves in Sent Items.
/// After a send whose answer was lost, that copy tells whether the mail went: <c>GET
/// /users/{mailbox}/mailFolders/sentitems/messages?$filter=singleValueExtendedProperties/Any(…)</c>, which needs the
/// application permission Mail.Read (as Microsoft recommends for finding a sent message).
/// </summary>
internal sealed class SentItemsLookup(GraphServiceClient client)
{
    /// <summary>The extended property (a named string property in SCO.Arshjul's own property set) that carries the attempt key.</summary>
    public const string PropertyId = "String {7bfa2252-cd56-419d-b9f3-6d4756249f6c} Name ArshjulDeliveryKey";

    /// <summary>The property to put on a mail sent under <paramref name="attemptKey"/>.</summary>
    public static GraphModels.SingleValueLegacyExtendedProperty Tag(string attemptKey) => new() { Id = PropertyId, Value = attemptKey };

    /// <summary>Whether <paramref name="mailbox"/>'s Sent Items hold a mail tagged <paramref name="attemptKey"/>; a failed lookup says why.</summary>
    public async Task<SentItemsAnswer> FindAsync(string mailbox, string attemptKey, CancellationToken cancellationToken)
    {
        var filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{Quote(PropertyId)}' and ep/value eq '{Quote(attemptKey)}')";
        try
        {
            var page = await client.Users[mailbox].MailFolders["sentitems"].Messages.GetAsync(
                request =>
                {
                    request.QueryParameters.Filter = filter;
                    request.QueryParameters.Select = ["id"];
                    request.QueryParameters.Top = 1;
                },
                cancellationToken);
            return page?.Value is { Count: > 0 } ? SentItemsAnswer.Sent : SentItemsAnswer.NotSent;
        }
        catch (Exception e) when (GraphFailure.Of(e) is { } failure)
        {
            return SentItemsAnswer.Unknown(failure);
        }
    }

    // An OData string literal: a single quote is doubled.
    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
