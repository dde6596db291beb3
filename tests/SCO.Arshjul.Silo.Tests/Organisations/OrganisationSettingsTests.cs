using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.Organisations;

/// <summary>
/// Settings keyed by organisation, checked at start against the organisations the configuration serves: a mailbox or
/// organiser of no organisation (a typo), and an organisation left without a Graph mailbox, are named (in English and
/// Swedish) and the silo does not start; a mailbox for each förbund and no shared one is enough.
/// </summary>
public sealed class OrganisationSettingsTests : IDisposable
{
    private const string First = TwoOrganisationsConfig.First;
    private const string Second = TwoOrganisationsConfig.Second;
    private readonly TwoOrganisationsConfig _directory = new();
    private readonly TempSqliteFile _database = new();

    public void Dispose()
    {
        _directory.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void GraphMailboxForEachOrganisation_WithoutASharedOne_IsValid()
    {
        var graph = GraphOptionsOf(Graph((First, "kansli-sco@example.org"), (Second, "kansli-sjobygden@example.org")));

        Assert.True(string.IsNullOrEmpty(graph.Mailbox));
        Assert.Equal("kansli-sjobygden@example.org", graph.MailboxFor(Second));
    }

    [Fact]
    public void SharedGraphMailbox_ServesTheOrganisationsWithoutTheirOwn()
    {
        var settings = Graph((Second, "kansli-sjobygden@example.org"));
        settings["Notifications:Graph:Mailbox"] = "kansli@example.org";

        var graph = GraphOptionsOf(settings);

        Assert.Equal(("kansli@example.org", "kansli-sjobygden@example.org"), (graph.MailboxFor(First), graph.MailboxFor(Second)));
    }

    [Fact]
    public void OrganisationWithoutAGraphMailbox_IsNamed()
    {
        var error = Assert.Throws<OptionsValidationException>(() => GraphOptionsOf(Graph((First, "kansli-sco@example.org"))));

        Assert.Equal(
            [$"Notifications:Graph: no mailbox for {Second}: set Mailboxes:{Second} (or a shared Mailbox) – förbundet {Second} saknar brevlåda att skicka från."],
            error.Failures);
    }

    [Fact]
    public void GraphMailboxOfNoOrganisation_IsNamedWithTheKnownOnes()
    {
        var settings = Graph((First, "kansli-sco@example.org"), (Second, "kansli-sjobygden@example.org"), ("sjobygd", "kansli-sjobygd@example.org"));

        var error = Assert.Throws<OptionsValidationException>(() => GraphOptionsOf(settings));

        Assert.Equal(
            ["Notifications:Graph:Mailboxes:sjobygd names no organisation in config/organisations (known: sco, sjobygden) – inget förbund med id 'sjobygd' finns i config/organisations."],
            error.Failures);
    }

    [Fact]
    public void OrganiserOfNoOrganisation_IsNamed()
    {
        var settings = new Dictionary<string, string?> { ["Notifications:Composition:Organizers:scoo:Email"] = "kansli@example.org" };

        var error = Assert.Throws<OptionsValidationException>(() => Options<CompositionOptions>(settings));

        Assert.Contains("Notifications:Composition:Organizers:scoo names no organisation in config/organisations (known: sco, sjobygden)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunCommand_OrganisationWithoutAGraphMailbox_ExitsWithTwoNamingIt_BeforeAnythingIsWritten()
    {
        var error = new StringWriter();

        var exitCode = await RunCommand.RunAsync(
            new RunOptions(new DirectoryInfo(_directory.Directory), Once: true, Output: new StringWriter(), Error: error, HostOverrides: new SiloHostOverrides(Graph((First, "kansli-sco@example.org")))),
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains($"no mailbox for {Second}: set Mailboxes:{Second}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("The silo was not started.", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task RunCommand_GraphMailboxOfNoOrganisation_IsNamedOnce_AsTheGraphKeyItIs()
    {
        var error = new StringWriter();
        var settings = Graph((First, "kansli-sco@example.org"), (Second, "kansli-sjobygden@example.org"), ("sjobygd", "kansli-sjobygd@example.org"));

        var exitCode = await RunCommand.RunAsync(
            new RunOptions(new DirectoryInfo(_directory.Directory), Once: true, Output: new StringWriter(), Error: error, HostOverrides: new SiloHostOverrides(settings)),
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        var text = error.ToString();
        Assert.Contains("Notifications:Graph:Mailboxes:sjobygd names no organisation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Organizers:sjobygd", text, StringComparison.Ordinal); // not again as the organiser Graph makes of it
    }

    private Dictionary<string, string?> Graph(params (string Org, string Mailbox)[] mailboxes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _database.Path,
            ["Notifications:Graph:TenantId"] = FakeGraphSettings.TenantId,
            ["Notifications:Graph:ClientId"] = FakeGraphSettings.ClientId,
            ["Notifications:Graph:ClientSecret"] = "not-a-real-secret",
        };
        foreach (var (org, mailbox) in mailboxes)
        {
            settings[$"Notifications:Graph:Mailboxes:{org}"] = mailbox;
        }

        return settings;
    }

    private GraphOptions GraphOptionsOf(Dictionary<string, string?> settings) => Options<GraphOptions>(settings);

    // The options as the silo for the two organisations validates them at start.
    private T Options<T>(Dictionary<string, string?> settings)
        where T : class
    {
        settings.TryAdd("Storage:SqlitePath", _database.Path);
        using var host = SiloHost.Build(ArshjulConfigurationLoader.Load(_directory.Directory), new SiloHostOverrides(settings));
        return host.Services.GetRequiredService<IOptions<T>>().Value;
    }
}
