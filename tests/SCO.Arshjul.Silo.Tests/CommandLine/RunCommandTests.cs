using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Tests.Configuration;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>The README's run command, end to end on the sample configuration, with the clock set to 2026-11-23.</summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly TempSqliteFile _database = new();
    private readonly ManualTimeProvider _clock = new(Today);

    [Fact]
    public async Task RunAsync_SampleConfigOnSqlite_PrintsTheCurrentWheelAndWhatFallsDue()
    {
        var output = new StringWriter();

        var exitCode = await RunCommand.RunAsync(Options(output), TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Årshjul 2026 – Samordningsförbundet Centrala Östergötland", text, StringComparison.Ordinal);
        Assert.Contains("Förfaller 2026-11-23 Mon – 2026-12-23 Wed", text, StringComparison.Ordinal);
        Assert.Contains("Styrelsemöte", text, StringComparison.Ordinal);
        Assert.True(File.Exists(_database.Path));
    }

    [Fact]
    public async Task RunAsync_Twice_SecondStartChangesNothing()
    {
        await RunCommand.RunAsync(Options(new StringWriter()), TestContext.Current.CancellationToken);
        var (first2025, first2026) = (await WheelAsync(2025), await WheelAsync(2026));

        await RunCommand.RunAsync(Options(new StringWriter()), TestContext.Current.CancellationToken);
        var (second2025, second2026) = (await WheelAsync(2025), await WheelAsync(2026));

        Assert.Equal(YearPlanSource.YearFile, first2025.Source);
        Assert.Equal(YearPlanSource.Template, first2026.Source);
        Assert.Equal(first2025.Activities.Count, second2025.Activities.Count);
        Assert.Equal(first2026.History.Count, second2026.History.Count);
        Assert.Equal(first2025.History.Count, second2025.History.Count);
    }

    [Fact]
    public async Task RunAsync_ConfigError_ExitsWithTwoNamingFileAndLineAndNeverStartsTheSilo()
    {
        using var config = new TempConfigDirectory();
        CopyDirectory(RepositoryRoot.Config.FullName, config.Root);
        var organisation = Path.Combine(config.Root, "organisations", "sco.yaml");
        var yaml = File.ReadAllText(organisation);
        var firstBoardMembership = yaml.IndexOf("body: styrelse,", StringComparison.Ordinal);
        File.WriteAllText(organisation, yaml.Remove(firstBoardMembership, "body: styrelse".Length).Insert(firstBoardMembership, "body: styrelsen"));
        var error = new StringWriter();

        var exitCode = await RunCommand.RunAsync(
            Options(new StringWriter(), new DirectoryInfo(config.Root)) with { Error = error },
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Matches(@"organisations[/\\]sco\.yaml:\d+:\d+: .*styrelsen", error.ToString());
        Assert.False(File.Exists(_database.Path)); // the silo never started, so no database was created
    }

    [Fact]
    public async Task RunAsync_PostgresSettings_KeepsTheGrainsInPostgres()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:PostgresConnectionString"] = connectionString,
            };

            var exitCode = await RunCommand.RunAsync(
                Options(new StringWriter()) with { HostOverrides = new SiloHostOverrides(settings, s => s.AddSingleton<TimeProvider>(_clock)) },
                TestContext.Current.CancellationToken);

            Assert.Equal(0, exitCode);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM arshjul_grain_state WHERE grain_key = 'sco/wheel/2026'", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            Assert.False(File.Exists(_database.Path));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    public void Dispose() => _database.Dispose();

    private RunOptions Options(TextWriter output, DirectoryInfo? config = null) =>
        new(config ?? RepositoryRoot.Config, Once: true, Output: output, HostOverrides: new SiloHostOverrides(
            new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database.Path },
            services => services.AddSingleton<TimeProvider>(_clock)));

    private async Task<AnnualWheelSnapshot> WheelAsync(int year)
    {
        using var host = SiloHost.Build(Options(TextWriter.Null).HostOverrides);
        await host.StartAsync(TestContext.Current.CancellationToken);
        var wheel = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAnnualWheelGrain>($"sco/wheel/{year}");
        var snapshot = await wheel.GetAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
        return snapshot;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
