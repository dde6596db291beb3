using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// How fired reminders are composed into notifications, bound from <c>Notifications:Composition</c>
/// (see <see cref="SectionName"/>) and validated at start.
/// </summary>
public sealed class CompositionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Notifications:Composition";

    /// <summary>A reminder fired later than this after its due time is marked late and says so to its readers.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan LateThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The organiser address of calendar invitations for an organisation without its own <see cref="Organizers"/> entry.</summary>
    /// <value>The default value is <c>kansli@example.org</c>.</value>
    public string DefaultOrganizerEmail { get; set; } = "kansli@example.org";

    /// <summary>
    /// The organiser mailbox per organisation id (e.g. <c>Organizers:sco:Email</c>). A mailbox without a name uses the
    /// organisation's name from its roster.
    /// </summary>
    /// <value>The default is empty: every organisation uses its name and <see cref="DefaultOrganizerEmail"/>.</value>
    public IDictionary<string, OrganizerMailbox> Organizers { get; } = new Dictionary<string, OrganizerMailbox>(StringComparer.Ordinal);

    /// <summary>
    /// The web UI's address (e.g. <c>https://arshjul.forbundet.se</c>): every notification ends with a link to its item
    /// there, <c>{WebBaseUrl}/{org}/{kind}/{id}</c> (see <see cref="ItemLinks"/>). No link when empty.
    /// </summary>
    public Uri? WebBaseUrl { get; set; }

    /// <summary>Who is recorded in a meeting's history as having sent its kallelse or handlingar.</summary>
    /// <value>The default value is <c>system:reminders</c>.</value>
    public string Actor { get; set; } = "system:reminders";

    /// <summary>The organiser of <paramref name="organisation"/>'s calendar invitations: its mailbox, else its name and <see cref="DefaultOrganizerEmail"/>.</summary>
    internal Recipient OrganizerFor(OrganisationDefinition organisation)
    {
        var mailbox = Organizers.TryGetValue(organisation.Id, out var configured) ? configured : null;
        var name = string.IsNullOrWhiteSpace(mailbox?.Name) ? organisation.Name : mailbox.Name;
        return new Recipient($"{organisation.Id}/organizer", name, mailbox?.Email ?? DefaultOrganizerEmail, SwedishLabels.Organizer);
    }

    /// <summary>What is wrong with these options (English), or nothing.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (LateThreshold < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:LateThreshold must not be negative.");
        }

        if (!OrganizerMailbox.IsAddress(DefaultOrganizerEmail))
        {
            errors.Add($"{SectionName}:DefaultOrganizerEmail '{DefaultOrganizerEmail}' is not an e-mail address.");
        }

        errors.AddRange(Organizers
            .Where(o => !OrganizerMailbox.IsAddress(o.Value.Email))
            .Select(o => $"{SectionName}:Organizers:{o.Key}:Email '{o.Value.Email}' is not an e-mail address."));
        if (WebBaseUrl is { } web && !(web.IsAbsoluteUri && (web.Scheme == Uri.UriSchemeHttps || web.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add($"{SectionName}:WebBaseUrl '{web}' must be an absolute http or https address.");
        }

        if (string.IsNullOrWhiteSpace(Actor))
        {
            errors.Add($"{SectionName}:Actor must not be empty.");
        }

        return errors;
    }
}
