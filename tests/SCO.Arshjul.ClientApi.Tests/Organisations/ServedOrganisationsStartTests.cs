using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// The web app's settings keyed by organisation are checked against the organisations served when it starts (as
/// Program.cs starts it): one naming no organisation stops the start with the key named.
/// </summary>
public sealed class ServedOrganisationsStartTests : IDisposable
{
    private readonly TempSqliteFile _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task BootstrapAdministrator_OfNoOrganisation_StopsTheStartNamingTheKey()
    {
        var error = await StartFailureAsync(new()
        {
            ["ClientApi:BootstrapAdministrator:Organisation"] = "scoo",
            ["ClientApi:BootstrapAdministrator:PersonId"] = "admin",
            ["ClientApi:BootstrapAdministrator:Email"] = "admin@example.org",
        });

        Assert.Contains("ClientApi:BootstrapAdministrator:Organisation names no organisation in config/organisations", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task GraphMailbox_OfNoOrganisation_StopsTheStartNamingTheKey()
    {
        var error = await StartFailureAsync(new()
        {
            ["Notifications:Graph:TenantId"] = FakeGraphSettings.TenantId,
            ["Notifications:Graph:ClientId"] = FakeGraphSettings.ClientId,
            ["Notifications:Graph:ClientSecret"] = "not-a-real-secret",
            ["Notifications:Graph:Mailboxes:sco"] = "kansli-sco@example.org",
            ["Notifications:Graph:Mailboxes:sjobygden"] = "kansli-sjobygden@example.org",
        });

        Assert.Contains("Notifications:Graph:Mailboxes:sjobygden names no organisation in config/organisations (known: sco)", error.Message, StringComparison.Ordinal);
    }

    private async Task<OptionsValidationException> StartFailureAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ClientApi:ConfigDirectory"] = RepositoryRoot.Config.FullName,
            ["Storage:SqlitePath"] = _database.Path,
        });
        builder.AddArshjulClientApi();
        await using var app = builder.Build();
        app.UseArshjulClientApi();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
    }
}
