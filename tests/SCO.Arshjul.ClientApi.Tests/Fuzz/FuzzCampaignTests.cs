using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Changes;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// Issue 6, the bad-input campaign: at least 10,000 generated requests over every operation of the API's OpenAPI
/// document — malformed JSON, wrong types, huge strings, invalid and extreme dates, odd Unicode, other organisations'
/// and unknown ids, bad query values, wrong content types and methods, bad tokens — mostly as the förbundschef. No
/// answer is a 5xx, every 4xx is problem+json, and a refused request changes nothing. The seed is in the output and in
/// every failure; <see cref="FuzzSettings"/> says how to replay it.
/// </summary>
public sealed partial class FuzzCampaignTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Campaign_TenThousandBadRequests_NoServerErrorEveryRefusalAProblemAndNothingChanged()
    {
        var (seed, count) = (FuzzSettings.Seed, FuzzSettings.Requests);
        Output($"fuzz: seed {seed}, {count} requests ({FuzzSettings.SeedVariable}={seed} replays this run)");
        var clock = Stopwatch.StartNew();

        var tally = await new FuzzCampaign(fixture, seed, count).RunAsync(Ct);
        Output(tally.Report(clock.Elapsed));
        var unprocessed = await UnprocessedChangesAsync();

        Assert.Equal(count, tally.Requests);
        Assert.True(
            tally.FindingCount == 0,
            $"seed {seed} ({FuzzSettings.SeedVariable}={seed} replays it): {tally.FindingCount} findings, the first {tally.Findings.Count}:\n{string.Join("\n", tally.Findings)}");
        Assert.True(unprocessed.Count == 0, $"seed {seed}: changes the scheduler could not re-plan:\n{string.Join("\n", unprocessed)}");
    }

    [Fact]
    public async Task StoredState_AGrainWrite_ChangesTheFingerprintAndTheDiffNamesTheRow()
    {
        using var stored = StoredState.Of(fixture.Factory);
        var (fingerprint, rows) = (stored.Fingerprint(), stored.Read());

        await fixture.Factory.Grains.GetGrain<IDecisionGrain>($"sco/decision/{AuthorizationMatrixFixture.Decision(ArshjulRole.Revisor)}")
            .AddNoteAsync("Detektorprov", "test:fuzz", Ct);

        Assert.NotEqual(fingerprint, stored.Fingerprint());
        Assert.Contains(StoredState.Diff(rows, stored.Read()), line => line.StartsWith("changed state decision sco/decision/SCÖ 2026-M.revisor:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryApiEndpoint_SoTheCampaignReachesThemAll()
    {
        using var client = fixture.Factory.CreateClient();
        var documented = OpenApiSurface.Read(await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        var mapped = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Text: Constraint().Replace(e.RoutePattern.RawText ?? string.Empty, "{$1}").TrimEnd('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Text.StartsWith("/api/", StringComparison.Ordinal) || e.Text.StartsWith("/feeds/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Text}"))
            .ToList();

        Assert.True(mapped.Count >= 30, $"only {mapped.Count} API endpoints found");
        Assert.All(mapped, endpoint => Assert.Contains(endpoint, documented));
    }

    /// <summary>
    /// Lets the scheduler re-plan what the accepted requests changed (odd texts, edge dates): every change message must
    /// be processed, none left pending with an error or failed.
    /// </summary>
    private async Task<List<string>> UnprocessedChangesAsync()
    {
        var services = fixture.Factory.Services;
        var processed = await services.GetRequiredService<ChangeProcessor>().ProcessPendingAsync(Ct);
        var store = services.GetRequiredService<IOutboxStore>();
        var left = new List<string>();
        foreach (var kind in ChangeKinds.All)
        {
            foreach (var status in new[] { OutboxStatus.Pending, OutboxStatus.Failed })
            {
                left.AddRange((await store.ListAsync(kind, status, 100, Ct)).Select(m => $"{m.Kind} {m.Source.Key} {m.Status}: {m.LastError}"));
            }
        }

        Output($"fuzz: the scheduler re-planned {processed} changes made by accepted requests; left unprocessed: {left.Count}");
        return left;
    }

    private static void Output(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();
}
