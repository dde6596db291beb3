using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Bench.Measurement;
using SCO.Arshjul.Bench.Report;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks.StatusBoard;

/// <summary>The status board ("Styrelsens beslut och processer") with 10,000 decisions: server time of the API list and of the page.</summary>
public static class StatusBoardBenchmark
{
    private const string Organisation = "sco";
    private const string Reader = "annika-westerlund"; // the sample förbundschef

    public static async Task<Section> RunAsync(BenchSettings settings)
    {
        const int decisions = 10_000;
        var requests = settings.Quick ? 20 : 100;
        using var database = new TempSqliteFile();
        await DecisionRegisterSeed.WriteAsync(database.Path, Organisation, Reader, decisions);
        var timer = new ServerTimer();

        // WebApplicationFactory finds the web app's folder from this variable (a test project gets it from its build instead).
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_SCO_ARSHJUL_CLIENTAPI", Path.Combine(RepositoryRoot.Directory.FullName, "client-api", "SCO.Arshjul.ClientApi"));
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ClientApi:ConfigDirectory", RepositoryRoot.Config.FullName);
            builder.UseSetting("Storage:SqlitePath", database.Path);
            builder.UseSetting("Notifications:FileChannel:Directory", Path.Combine(Path.GetDirectoryName(database.Path)!, "outbox"));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(timer));
        });
        var (_, token) = await app.Services.GetRequiredService<ApiTokens>().CreateAsync(Organisation, Reader, "bench", null, "bench", CancellationToken.None);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var register = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IDecisionRegisterGrain>($"{Organisation}/decision-register");

        var listed = (await register.ListAsync()).Count;
        if (listed != decisions)
        {
            throw new InvalidOperationException($"The seeded register lists {listed} decisions, not {decisions}.");
        }

        var api = await ServerTimesAsync(client, timer, $"/api/v1/orgs/{Organisation}/decisions", requests);
        var page = await ServerTimesAsync(client, timer, "/beslut", requests);
        var grainOnly = await GrainTimesAsync(register, requests);

        var target = Target.AtMost("Status board page p95 at 10,000 decisions", 50, Fmt.Milliseconds);
        var apiTarget = target with { Name = "Decisions API p95 at 10,000 decisions" };
        var pageP95 = page.Seconds(95) * 1e3;
        var apiP95 = api.Seconds(95) * 1e3;
        var figures = new List<Figure>
        {
            new("Page /beslut: server time p50", Fmt.Seconds(page.Seconds(50)), Fmt.Seconds(grainOnly.Seconds(50))),
            new("Page /beslut: server time p95", Fmt.Milliseconds(pageP95), Fmt.Seconds(grainOnly.Seconds(95)), target.Check(pageP95)),
            new("API GET …/decisions: server time p50", Fmt.Seconds(api.Seconds(50)), Fmt.Seconds(grainOnly.Seconds(50))),
            new("API GET …/decisions: server time p95", Fmt.Milliseconds(apiP95), Fmt.Seconds(grainOnly.Seconds(95)), apiTarget.Check(apiP95)),
        };
        var notes = new List<string>();
        if (!target.IsMet(pageP95) || !apiTarget.IsMet(apiP95))
        {
            notes.Add("The board sends every one of the 10,000 decisions in one response (no paging): the time goes to building and "
                + "writing that many rows (HTML or JSON, several MB), not to reading them — compare the baseline, the register grain's "
                + "own list. Paging or a default filter (this year, not final) would cut the work per request in proportion to the rows shown; not measured here.");
        }

        return new Section(
            "Status board with 10,000 decisions",
            $"The web app in-process (`WebApplicationFactory`, the sample configuration, SQLite) with a decision register of "
            + $"{Fmt.Count(decisions)} decisions; {requests} sequential GETs each of the page `/beslut` (every decision, as HTML) and of "
            + "`GET /api/v1/orgs/sco/decisions` (as JSON) with an API token, after a warm-up; the server time is measured by a middleware "
            + "first in the pipeline, up to the last byte of the body. Baseline: the register grain's `ListAsync` (what both read) "
            + "called in-process, without HTTP, rendering or serialisation.",
            figures,
            notes);
    }

    private static async Task<Latencies> ServerTimesAsync(HttpClient client, ServerTimer timer, string path, int requests)
    {
        for (var i = 0; i < Math.Max(5, requests / 10); i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var times = new Latencies(requests);
        timer.Recording = times;
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
        }

        timer.Recording = null;
        return times;
    }

    private static async Task<Latencies> GrainTimesAsync(IDecisionRegisterGrain register, int requests)
    {
        var times = new Latencies(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await register.ListAsync(new DecisionRegisterFilter(At: NodaTime.Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow())));
            times.AddSince(started);
        }

        return times;
    }
}
