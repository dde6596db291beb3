using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>Bad settings (appsettings.json, ARSHJUL_ variables) stop the run command with the keys named, before anything is written.</summary>
public sealed class RunCommandSettingsTests : IDisposable
{
    private const string Secret = "topsecret-never-printed";
    private readonly TempSqliteFile _database = new();

    [Fact]
    public async Task PartialGraphSettings_ExitWithTwoNamingTheKeys_WithoutTheSecretOrADatabase()
    {
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _database.Path,
            ["Notifications:Graph:Mailbox"] = "kansli@example.org",
            ["Notifications:Graph:ClientSecret"] = Secret,
        };

        var exitCode = await RunCommand.RunAsync(
            new RunOptions(RepositoryRoot.Config, Once: true, Output: new StringWriter(), Error: error, HostOverrides: new SiloHostOverrides(settings)),
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        var text = error.ToString();
        Assert.StartsWith("Configuration error: Notifications:Graph:TenantId must be the directory (tenant) id, a GUID.", text, StringComparison.Ordinal);
        Assert.Contains("Notifications:Graph:ClientId", text, StringComparison.Ordinal);
        Assert.Contains("The silo was not started.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    [Theory]
    [InlineData("Notifications:Dispatcher:MaxAttempts", "0", "Notifications:Dispatcher:MaxAttempts must be at least 1.")]
    [InlineData("Wheel:NextYearFrom", "11-31", "Wheel:NextYearFrom is not a day of the year as MM-dd")]
    public async Task BadSetting_ExitsWithTwoNamingTheKey(string key, string value, string message)
    {
        var error = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database.Path, [key] = value };

        var exitCode = await RunCommand.RunAsync(
            new RunOptions(RepositoryRoot.Config, Once: true, Output: new StringWriter(), Error: error, HostOverrides: new SiloHostOverrides(settings)),
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    public void Dispose() => _database.Dispose();
}
