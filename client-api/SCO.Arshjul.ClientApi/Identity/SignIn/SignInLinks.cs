using Microsoft.Extensions.Options;
using NodaTime;
using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.ClientApi.Identity.People;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Identity.SignIn;

/// <summary>
/// Sign-in by a one-time link: a random secret, kept only as its hash on the person's account grain, valid
/// <see cref="ClientApiOptions.SignInLinkLifetime"/> and usable once, mailed to the registered address through the
/// notification outbox (so through the file outbox or Microsoft Graph, like every other mail). The link is
/// <c>{base}/inloggning/{org}/{person}/{secret}</c>.
/// </summary>
public sealed partial class SignInLinks(
    PersonDirectory people,
    IGrainFactory grains,
    INotificationOutbox outbox,
    IOptions<ClientApiOptions> options,
    TimeProvider timeProvider,
    ILogger<SignInLinks> logger)
{
    /// <summary>Who the account history names as having issued a link.</summary>
    public const string Actor = "system:sign-in";

    /// <summary>
    /// Mails a link to everyone registered with <paramref name="email"/> (one per organisation they belong to). Says
    /// nothing about whether the address is known: the page shows the same text either way.
    /// </summary>
    public async Task RequestAsync(string email, Uri baseUrl, CancellationToken cancellationToken)
    {
        var found = await people.FindByEmailAsync(email.Trim(), cancellationToken);
        if (found.Count == 0)
        {
            LogUnknownAddress();
            return;
        }

        foreach (var person in found)
        {
            var secret = Secrets.New();
            var hash = Secrets.Hash(secret);
            var issue = await Account(person.Organisation, person.PersonId)
                .IssueSignInLinkAsync(hash, Duration.FromTimeSpan(options.Value.SignInLinkLifetime), Actor, cancellationToken);
            var link = new Uri(baseUrl, $"inloggning/{Uri.EscapeDataString(person.Organisation)}/{Uri.EscapeDataString(person.PersonId)}/{secret}");
            await outbox.EnqueueAsync([Mail(person, hash, link, issue)], cancellationToken);
            LogIssued(person.Organisation, person.PersonId);
        }
    }

    /// <summary>Redeems the link's secret: the person signs in when the outcome is <see cref="SignInRedemption.Accepted"/>.</summary>
    public async Task<(SignInRedemption Outcome, KnownPerson? Person)> RedeemAsync(string organisation, string personId, string secret, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(organisation, personId, cancellationToken);
        if (person is null || string.IsNullOrWhiteSpace(secret) || secret.Length > 100)
        {
            return (SignInRedemption.Unknown, null);
        }

        var outcome = await Account(organisation, personId).RedeemSignInLinkAsync(Secrets.Hash(secret), cancellationToken);
        LogRedeemed(organisation, personId, outcome);
        return (outcome, outcome == SignInRedemption.Accepted ? person : null);
    }

    private IAccountGrain Account(string organisation, string personId) => grains.GetGrain<IAccountGrain>($"{organisation}/account/{personId}");

    private Notification Mail(KnownPerson person, string hash, Uri link, SignInLinkIssue issue)
    {
        var minutes = (int)Math.Round((issue.ExpiresAt - issue.IssuedAt).TotalMinutes);
        var forbund = person.OrganisationName is { } name ? $" för {name}" : string.Empty; // one link per förbund: say whose
        var body = string.Join('\n',
            $"Hej {person.Name}!",
            string.Empty,
            $"Du har bett om att få logga in i SCO.Arshjul{forbund}. Öppna länken nedan för att logga in:",
            string.Empty,
            link.AbsoluteUri,
            string.Empty,
            $"Länken gäller i {minutes} minuter och kan bara användas en gång.",
            "Har du inte bett om någon inloggning kan du bortse från det här meddelandet.");
        return new Notification(
            $"{person.Organisation}/account/{person.PersonId}/sign-in/{hash[..16]}",
            person.Organisation,
            NotificationKind.SignInLink,
            $"{person.Organisation}/account/{person.PersonId}",
            "Inloggning",
            [new Recipient(person.PersonId, person.Name, person.Email, "användare")],
            person.OrganisationName is { } organisationName ? $"Din inloggningslänk till SCO.Arshjul – {organisationName}" : "Din inloggningslänk till SCO.Arshjul",
            body,
            Instant.FromDateTimeOffset(timeProvider.GetUtcNow()),
            Late: false,
            Combinable: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in link requested for an address that is not registered")]
    private partial void LogUnknownAddress();

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in link issued for {Organisation}/{PersonId}")]
    private partial void LogIssued(string organisation, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in link for {Organisation}/{PersonId}: {Outcome}")]
    private partial void LogRedeemed(string organisation, string personId, SignInRedemption outcome);
}
