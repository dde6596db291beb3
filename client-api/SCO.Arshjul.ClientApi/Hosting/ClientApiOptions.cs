namespace SCO.Arshjul.ClientApi.Hosting;

/// <summary>The web app's own settings, section <c>ClientApi</c> (environment: <c>ARSHJUL_ClientApi__…</c>).</summary>
public sealed class ClientApiOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ClientApi";

    /// <summary>The configuration directory (organisations/, arshjul/, reminders.yaml), relative to the working directory.</summary>
    public string ConfigDirectory { get; set; } = "config";

    /// <summary>How long a sign-in link is valid.</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A person who may sign in and manage everything although the roster lacks them (for the first start).</summary>
    public BootstrapAdministrator BootstrapAdministrator { get; set; } = new();

    /// <summary>Sign-in requests allowed per client address and minute.</summary>
    /// <value>The default value is 5.</value>
    public int SignInRequestsPerMinute { get; set; } = 5;
}

/// <summary>A configured administrator: signs in by link like anyone else, and has the kansli's rights.</summary>
public sealed class BootstrapAdministrator
{
    public string? Organisation { get; set; }

    public string? PersonId { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>Why <see cref="ServesOneOf"/> failed, in English and Swedish.</summary>
    public const string UnknownOrganisation =
        "ClientApi:BootstrapAdministrator:Organisation names no organisation in config/organisations – administratörens förbund finns inte i config/organisations.";

    /// <summary>True when every field is given.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Organisation) && !string.IsNullOrWhiteSpace(PersonId) && !string.IsNullOrWhiteSpace(Email);

    /// <summary>True when no administrator is configured, or theirs is one of <paramref name="organisations"/>.</summary>
    public bool ServesOneOf(IEnumerable<string> organisations) => !IsConfigured || organisations.Contains(Organisation, StringComparer.Ordinal);
}
