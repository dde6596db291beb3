using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary><c>arshjul graph check</c> against the fake Graph server: one line per step, exit code 0 only when all pass, never the secret.</summary>
public sealed class GraphCheckCommandTests : IAsyncLifetime
{
    private const string Mailbox = FakeGraphSettings.Mailbox;
    private const string Secret = "graph-check-secret-never-shown";
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private FakeGraphServer _graph = null!;

    public async ValueTask InitializeAsync() => _graph = await FakeGraphServer.StartAsync(_clock);

    public ValueTask DisposeAsync() => _graph.DisposeAsync();

    [Fact]
    public async Task RunAsync_BothPermissions_ExitsZeroWithEveryStepOk()
    {
        var (exitCode, steps, output) = await CheckAsync(GraphSettings(), FakeTokenCredential.WithGraphPermissions());

        Assert.Equal(0, exitCode);
        Assert.Equal(["Inställningar", "Token", "Behörigheter", $"Postlådan {Mailbox}"], steps.Select(TitleOf));
        Assert.All(steps, s => Assert.StartsWith("OK", s, StringComparison.Ordinal));
        Assert.Single(_graph.Requests, r => r.Method == "GET" && r.Path == $"/v1.0/users/{Mailbox}/calendar");
        Assert.DoesNotContain(_graph.Requests, r => r.Method != "GET"); // sends nothing
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TokenWithoutMailSend_ExitsOneNamingMailSend()
    {
        var (exitCode, steps, output) = await CheckAsync(GraphSettings(), new FakeTokenCredential("Calendars.ReadWrite"));

        Assert.Equal(1, exitCode);
        var permissions = Assert.Single(steps, s => s.StartsWith("FEL  Behörigheter:", StringComparison.Ordinal));
        Assert.Contains("Mail.Send", permissions, StringComparison.Ordinal);
        Assert.DoesNotContain("Calendars.ReadWrite", permissions, StringComparison.Ordinal);
        Assert.Single(steps, s => s.StartsWith("FEL", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoGraphSettings_ExitsOneSayingTheFileOutboxIsUsed()
    {
        var (exitCode, steps, _) = await CheckAsync(null, FakeTokenCredential.WithGraphPermissions());

        Assert.Equal(1, exitCode);
        var step = Assert.Single(steps);
        Assert.StartsWith("FEL  Inställningar:", step, StringComparison.Ordinal);
        Assert.Contains("filutkorgen", step, StringComparison.Ordinal);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task RunAsync_InvalidSettings_ExitsOneNamingTheSettingButNeverTheSecret()
    {
        var settings = GraphSettings();
        settings["Notifications:Graph:TenantId"] = "not-a-guid";

        var (exitCode, steps, output) = await CheckAsync(settings, FakeTokenCredential.WithGraphPermissions());

        Assert.Equal(1, exitCode);
        var step = Assert.Single(steps);
        Assert.StartsWith("FEL  Inställningar:", step, StringComparison.Ordinal);
        Assert.Contains("Notifications:Graph:TenantId", step, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> GraphSettings() => FakeGraphSettings.For(_graph, Secret);

    // The step lines: between the heading and the verdict.
    private async Task<(int ExitCode, IReadOnlyList<string> Steps, string Output)> CheckAsync(IReadOnlyDictionary<string, string?>? settings, FakeTokenCredential credential)
    {
        var output = new StringWriter();
        var exitCode = await GraphCheckCommand.RunAsync(
            new GraphCheckOptions(output, settings is null ? null : new SiloHostOverrides(settings), new GraphCredential(credential), _clock),
            TestContext.Current.CancellationToken);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kontroll av Microsoft Graph-inställningarna", lines[0]);
        Assert.Equal(exitCode == 0 ? "Allt ser bra ut: utskicken kan gå genom Graph." : "Graph kan inte användas förrän felen ovan är åtgärdade.", lines[^1]);
        return (exitCode, lines[1..^1], output.ToString());
    }

    private static string TitleOf(string step) => step[5..step.IndexOf(':', StringComparison.Ordinal)];
}
