using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Graph.Tests;

/// <summary>The Graph settings: present or absent decides the channel; present ones are validated at start, naming each key; the secret is never shown.</summary>
public sealed class GraphOptionsTests
{
    private const string Secret = "s3cr3t-value-never-logged";

    [Fact]
    public void NoSettings_NotConfigured_NoErrors()
    {
        var options = new GraphOptions();

        Assert.False(options.IsConfigured);
        Assert.Empty(options.Errors());
    }

    [Fact]
    public void CompleteSettings_NoErrors_AndToStringHidesTheSecret()
    {
        var options = Valid();

        Assert.True(options.IsConfigured);
        Assert.Empty(options.Errors());
        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("client secret", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MailboxOnly_NamesEveryMissingSetting()
    {
        var options = new GraphOptions { Mailbox = "kansli@example.org" };

        var errors = options.Errors();

        Assert.Equal(
            [
                "Notifications:Graph:TenantId must be the directory (tenant) id, a GUID.",
                "Notifications:Graph:ClientId must be the application (client) id, a GUID.",
                "Notifications:Graph:Give ClientSecret or CertificatePath.",
            ],
            errors);
    }

    [Theory]
    [InlineData("MaxConcurrentRequests", 5, "MaxConcurrentRequests must be between 1 and 4.")]
    [InlineData("MaxConcurrentRequests", 0, "MaxConcurrentRequests must be between 1 and 4.")]
    [InlineData("MaxRequestsPerMinute", 1000, "MaxRequestsPerMinute must be between 1 and 999 (Exchange allows 10,000 per 10 minutes).")]
    [InlineData("MaxRetries", 11, "MaxRetries must be between 0 and 10.")]
    public void OutOfRange_IsRejected(string setting, int value, string error)
    {
        var options = Valid();
        typeof(GraphOptions).GetProperty(setting)!.SetValue(options, value);

        Assert.Equal([$"Notifications:Graph:{error}"], options.Errors());
    }

    [Theory]
    [InlineData("http://graph.example.org/v1.0")]
    [InlineData("ftp://127.0.0.1/v1.0")]
    public void PlainHttpAwayFromLoopback_IsRejected(string url)
    {
        var options = Valid();
        options.BaseUrl = new Uri(url);

        Assert.Equal(["Notifications:Graph:BaseUrl must be an https URL (http only on this machine's loopback)."], options.Errors());
    }

    [Fact]
    public void SecretAndCertificate_BothGiven_IsRejected()
    {
        var options = Valid();
        options.CertificatePath = typeof(GraphOptionsTests).Assembly.Location;

        Assert.Equal(["Notifications:Graph:Give ClientSecret or CertificatePath, not both."], options.Errors());
    }

    [Fact]
    public void BadMailboxes_AreNamedPerOrganisation()
    {
        var options = Valid();
        options.Mailboxes["sco"] = "not an address";

        Assert.Equal(["Notifications:Graph:Mailboxes:sco 'not an address' is not an e-mail address."], options.Errors());
        Assert.Equal("kansli@example.org", options.MailboxFor("other"));
        Assert.Equal("not an address", options.MailboxFor("sco"));
    }

    [Fact]
    public void MailboxPerOrganisation_WithoutASharedOne_IsValid_AndAnOrganisationWithoutOneHasNone()
    {
        var options = Valid();
        options.Mailbox = null;
        options.Mailboxes["sco"] = "kansli-sco@example.org";
        options.Mailboxes["sjobygden"] = "kansli-sjobygden@example.org";

        Assert.Empty(options.Errors());
        Assert.Equal("kansli-sjobygden@example.org", options.MailboxFor("sjobygden"));
        Assert.False(options.HasMailboxFor("other"));
        var error = Assert.Throws<InvalidOperationException>(() => options.MailboxFor("other"));
        Assert.Equal("Notifications:Graph:Mailboxes:other is not configured, nor a shared Notifications:Graph:Mailbox.", error.Message);
    }

    [Fact]
    public void NoMailboxAtAll_IsNamed()
    {
        var options = Valid();
        options.Mailbox = null;

        Assert.Equal(
            ["Notifications:Graph:Mailbox '' must be the organiser mailbox's e-mail address (or give Mailboxes:{organisation} for every organisation)."],
            options.Errors());
    }

    [Fact]
    public void WithoutGraphSettings_TheFileChannelStays()
    {
        using var provider = Services([]);

        Assert.Equal("file", provider.GetRequiredService<INotificationChannel>().Name);
    }

    [Fact]
    public void WithGraphSettings_GraphIsTheChannel_AndOrganisesTheInvitations()
    {
        using var provider = Services(new()
        {
            ["Notifications:Graph:TenantId"] = Guid.NewGuid().ToString(),
            ["Notifications:Graph:ClientId"] = Guid.NewGuid().ToString(),
            ["Notifications:Graph:ClientSecret"] = Secret,
            ["Notifications:Graph:Mailbox"] = "kansli@forbundet.example",
            ["Notifications:Composition:DefaultOrganizerEmail"] = "someone-else@example.org",
        });

        var channel = provider.GetRequiredService<INotificationChannel>();

        Assert.Equal("graph", channel.Name);
        Assert.Contains("kansli@forbundet.example", channel.Destination, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, channel.Destination, StringComparison.Ordinal);
        Assert.Equal("kansli@forbundet.example", provider.GetRequiredService<IOptions<CompositionOptions>>().Value.DefaultOrganizerEmail);
    }

    [Fact]
    public void IncompleteGraphSettings_FailValidationNamingTheKeys_WithoutTheSecret()
    {
        using var provider = Services(new()
        {
            ["Notifications:Graph:Mailbox"] = "kansli@example.org",
            ["Notifications:Graph:ClientSecret"] = Secret,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Notifications:Graph:TenantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Notifications:Graph:ClientId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    private static GraphOptions Valid() => new()
    {
        TenantId = Guid.NewGuid().ToString(),
        ClientId = Guid.NewGuid().ToString(),
        ClientSecret = Secret,
        Mailbox = "kansli@example.org",
    };

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGrainRuntime();
        services.AddMemoryGrainStorage();
        services.AddArshjulNotifications(configuration);
        services.AddArshjulComposition(configuration);
        services.AddArshjulGraphChannel(configuration);
        return services.BuildServiceProvider();
    }
}
