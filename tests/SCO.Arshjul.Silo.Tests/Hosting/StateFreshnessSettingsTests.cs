using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Hosting;

namespace SCO.Arshjul.Silo.Tests.Hosting;

/// <summary>Nodes sharing PostgreSQL look again at their grains' stored state after a second; one SQLite node trusts its own.</summary>
public sealed class StateFreshnessSettingsTests
{
    [Theory]
    [InlineData("Postgres", null, "00:00:01")]
    [InlineData("Postgres", "00:00:05", "00:00:05")]
    [InlineData("Postgres", "00:00:00", "00:00:00")]
    [InlineData("Sqlite", null, null)]
    [InlineData("Sqlite", "00:00:02", "00:00:02")]
    public void AddArshjulSilo_ByProviderAndSetting_SetsStateFreshness(string provider, string? setting, string? expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:PostgresConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none",
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"arshjul-unused-{Guid.NewGuid():N}.db"),
        };
        if (setting is not null)
        {
            settings["GrainRuntime:StateFreshness"] = setting;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton(TimeProvider.System);

        services.AddArshjulSilo(configuration);

        using var provided = services.BuildServiceProvider();
        var freshness = provided.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value.StateFreshness;
        Assert.Equal(expected is null ? null : TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), freshness);
    }
}
