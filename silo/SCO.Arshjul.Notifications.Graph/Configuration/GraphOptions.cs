using System.Globalization;
using SCO.Arshjul.Notifications.Composition;

namespace SCO.Arshjul.Notifications.Graph.Configuration;

/// <summary>
/// How SCO.Arshjul reaches Microsoft Graph, bound from <c>Notifications:Graph</c> (see <see cref="SectionName"/>, also
/// <c>ARSHJUL_Notifications__Graph__…</c> environment variables) and validated at start. Present (any of tenant, client
/// or mailbox set) means every notification goes through Graph; absent means the file outbox. App-only: the app acts as
/// the organiser <see cref="Mailbox"/> with the application permissions Calendars.ReadWrite and Mail.Send, and
/// (recommended) Mail.Read, with which a mail whose answer was lost is looked up in Sent Items rather than sent again.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret; keep it in an environment variable or a secret store.</remarks>
public sealed class GraphOptions : ISelfValidatingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Notifications:Graph";

    /// <summary>The most concurrent requests Exchange Online allows per mailbox.</summary>
    public const int ExchangeConcurrencyLimit = 4;

    /// <summary>Requests per minute that stay below Exchange Online's 10,000 per 10 minutes per mailbox.</summary>
    public const int ExchangeRequestsPerMinuteLimit = 999;

    /// <summary>The Entra ID tenant (directory) id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret; give this or <see cref="CertificatePath"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX or PEM file with the app's certificate and private key; give this or <see cref="ClientSecret"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The organiser mailbox the app acts as (e.g. <c>kansli@forbundet.se</c>): events are created in its calendar and
    /// mail is sent from it. Optional when <see cref="Mailboxes"/> gives one per organisation: a deployment serving
    /// several förbund leaves it out, so that an organisation without its own mailbox stops the start instead of
    /// sending from another förbund's.
    /// </summary>
    public string? Mailbox { get; set; }

    /// <summary>The organiser mailbox per organisation id (e.g. <c>Mailboxes:sco</c>); organisations not listed use <see cref="Mailbox"/>.</summary>
    public IDictionary<string, string> Mailboxes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The Graph endpoint.</summary>
    /// <value>The default value is <c>https://graph.microsoft.com/v1.0</c>.</value>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// Whether sent reminders are kept in the mailbox's Sent Items. Off, a mail whose answer was lost cannot be looked up
    /// there and goes again marked as a possible duplicate.
    /// </summary>
    /// <value>The default value is true.</value>
    public bool SaveToSentItems { get; set; } = true;

    /// <summary>The most requests in flight at once per mailbox (Exchange allows 4).</summary>
    /// <value>The default value is 4.</value>
    public int MaxConcurrentRequests { get; set; } = ExchangeConcurrencyLimit;

    /// <summary>The most requests started per mailbox in any 60 seconds (Exchange allows 10,000 per 10 minutes).</summary>
    /// <value>The default value is 300.</value>
    public int MaxRequestsPerMinute { get; set; } = 300;

    /// <summary>How many times one request is retried after 429 or 503 (honouring Retry-After) before the delivery fails for now.</summary>
    /// <value>The default value is 3.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long one request may take before it is abandoned (the outcome is then in doubt).</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A meeting whose location contains one of these words (any case) is created as a Teams meeting.</summary>
    /// <value>The default is <c>Teams</c>.</value>
    public IList<string> OnlineMeetingWords { get; } = ["Teams"];

    /// <summary>Whether <paramref name="organisationId"/> has a mailbox: its own, or the shared <see cref="Mailbox"/>.</summary>
    public bool HasMailboxFor(string organisationId) => Mailboxes.ContainsKey(organisationId) || !string.IsNullOrWhiteSpace(Mailbox);

    /// <summary>True when any Graph setting is present: deliveries then go through Graph, and every required setting must be valid.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(Mailbox) || Mailboxes.Count > 0;

    /// <summary>The organiser mailbox for <paramref name="organisationId"/>.</summary>
    /// <exception cref="InvalidOperationException">The organisation has no mailbox of its own and there is no shared one.</exception>
    public string MailboxFor(string organisationId) =>
        Mailboxes.TryGetValue(organisationId, out var mailbox) ? mailbox
        : !string.IsNullOrWhiteSpace(Mailbox) ? Mailbox
        : throw new InvalidOperationException($"{SectionName}:Mailboxes:{organisationId} is not configured, nor a shared {SectionName}:Mailbox.");

    /// <summary>What is wrong with these options (English, naming the key), or nothing. Never repeats a secret.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (!IsConfigured)
        {
            return errors;
        }

        Check(Guid.TryParse(TenantId, out _), "TenantId must be the directory (tenant) id, a GUID.");
        Check(Guid.TryParse(ClientId, out _), "ClientId must be the application (client) id, a GUID.");
        var secret = !string.IsNullOrWhiteSpace(ClientSecret);
        var certificate = !string.IsNullOrWhiteSpace(CertificatePath);
        Check(secret || certificate, "Give ClientSecret or CertificatePath.");
        Check(!(secret && certificate), "Give ClientSecret or CertificatePath, not both.");
        Check(!certificate || File.Exists(CertificatePath), $"CertificatePath '{CertificatePath}' does not exist.");
        Check(
            OrganizerMailbox.IsAddress(Mailbox) || (string.IsNullOrWhiteSpace(Mailbox) && Mailboxes.Count > 0),
            $"Mailbox '{Mailbox}' must be the organiser mailbox's e-mail address (or give Mailboxes:{{organisation}} for every organisation).");
        foreach (var (organisation, mailbox) in Mailboxes)
        {
            Check(OrganizerMailbox.IsAddress(mailbox), $"Mailboxes:{organisation} '{mailbox}' is not an e-mail address.");
        }

        Check(
            BaseUrl.IsAbsoluteUri && (BaseUrl.Scheme == Uri.UriSchemeHttps || (BaseUrl.Scheme == Uri.UriSchemeHttp && BaseUrl.IsLoopback)),
            "BaseUrl must be an https URL (http only on this machine's loopback).");
        Check(
            MaxConcurrentRequests is >= 1 and <= ExchangeConcurrencyLimit,
            string.Create(CultureInfo.InvariantCulture, $"MaxConcurrentRequests must be between 1 and {ExchangeConcurrencyLimit}."));
        Check(
            MaxRequestsPerMinute is >= 1 and <= ExchangeRequestsPerMinuteLimit,
            string.Create(CultureInfo.InvariantCulture, $"MaxRequestsPerMinute must be between 1 and {ExchangeRequestsPerMinuteLimit} (Exchange allows 10,000 per 10 minutes)."));
        Check(MaxRetries is >= 0 and <= 10, "MaxRetries must be between 0 and 10.");
        Check(RequestTimeout > TimeSpan.Zero && RequestTimeout <= TimeSpan.FromMinutes(5), "RequestTimeout must be positive and at most 5 minutes.");
        return errors;

        void Check(bool valid, string error)
        {
            if (!valid)
            {
                errors.Add($"{SectionName}:{error}");
            }
        }
    }

    /// <summary>The settings for logs: tenant, client, mailbox and how the app authenticates, never the secret itself.</summary>
    public override string ToString() =>
        $"tenant {TenantId}, client {ClientId}, mailbox {Mailbox}, {(string.IsNullOrWhiteSpace(CertificatePath) ? "client secret" : "certificate")}, {BaseUrl}";
}
