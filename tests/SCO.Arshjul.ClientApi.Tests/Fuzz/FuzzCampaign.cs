using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Tests.Authorization;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// Sends the generated requests one at a time and judges each answer: no 5xx; every 4xx from the API or a feed a
/// problem+json with a title, a Swedish detail and a code, whose status is the response's; no 2xx to a request with a definite defect; no stored
/// row changed by a refused request or by any GET. Every 100 refused requests (and after the last) the API's own view
/// of the organisation (<see cref="ApiState"/>) is compared with the one before them; an accepted write starts anew.
/// One campaign, one run.
/// </summary>
public sealed class FuzzCampaign(AuthorizationMatrixFixture fixture, int seed, int count)
{
    private const int ApiComparisonEvery = 100;

    private readonly CampaignTally _tally = new(seed);
    private readonly List<FuzzRequest> _sinceShown = [];
    private readonly Stopwatch _generating = new();
    private readonly Stopwatch _sending = new();
    private readonly Stopwatch _storedReads = new();
    private readonly Stopwatch _apiReads = new();
    private Dictionary<string, string> _rows = [];
    private string _fingerprint = string.Empty;
    private Dictionary<string, string> _shown = [];

    public async Task<CampaignTally> RunAsync(CancellationToken cancellationToken)
    {
        using var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var operations = OpenApiSurface.Read(await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", cancellationToken));
        var targets = FuzzTargets.Of(fixture);
        var generator = new RequestGenerator(seed, operations, targets);
        var api = new ApiState(fixture.Client(ArshjulRole.Forbundschef), targets);
        using var stored = StoredState.Of(fixture.Factory);
        (_rows, _fingerprint, _shown) = (stored.Read(), stored.Fingerprint(), await api.ReadAsync(cancellationToken));

        for (var index = 0; index < count; index++)
        {
            _generating.Start();
            var request = generator.Next(index);
            _generating.Stop();
            var client = request.Persona == FuzzRequest.Anonymous ? anonymous : fixture.Client(request.Persona);
            var accepted = await SendAsync(client, request, cancellationToken);
            _storedReads.Start();
            CheckStored(stored, request, accepted);
            _storedReads.Stop();
            _apiReads.Start();
            await CheckShownAsync(api, request, accepted, last: index == count - 1, cancellationToken);
            _apiReads.Stop();
        }

        _tally.Time = (_generating.Elapsed, _sending.Elapsed, _storedReads.Elapsed, _apiReads.Elapsed);
        return _tally;
    }

    /// <summary>Sends <paramref name="request"/> and judges the answer; returns whether it was accepted (2xx).</summary>
    private async Task<bool> SendAsync(HttpClient client, FuzzRequest request, CancellationToken cancellationToken)
    {
        var before = _sending.Elapsed;
        _sending.Start();
        using var message = request.ToMessage();
        using var response = await client.SendAsync(message, cancellationToken);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        _sending.Stop();

        _tally.Count(request, status, _sending.Elapsed - before);
        var accepted = status is >= 200 and < 300;
        if (status >= 500)
        {
            _tally.Find("server error", request.Describe(), $"{status} {Cut(body)}");
        }

        if (status is >= 400 and < 500 && IsApi(message) && ProblemAnswer.Defect(response, body, status) is { } defect)
        {
            _tally.Find("4xx not the API's problem+json", request.Describe(), $"{status}: {defect}; {Cut(body)}");
        }

        if (accepted && request.MustReject)
        {
            _tally.Find("accepted a request with a definite defect", request.Describe(), $"{status} {Cut(body)}");
        }

        return accepted;
    }

    /// <summary>A refused request or a GET must leave every stored row as it was.</summary>
    private void CheckStored(StoredState stored, FuzzRequest request, bool accepted)
    {
        if (stored.Fingerprint() is var fingerprint && fingerprint == _fingerprint)
        {
            return;
        }

        var rows = stored.Read();
        if (!accepted || request.Method == "GET")
        {
            _tally.Find("stored state changed by a refused request or a GET", request.Describe(), string.Join("; ", StoredState.Diff(_rows, rows)));
        }

        (_rows, _fingerprint) = (rows, fingerprint);
    }

    /// <summary>Every <see cref="ApiComparisonEvery"/> requests since the last accepted write, the API must show what it showed before them.</summary>
    private async Task CheckShownAsync(ApiState api, FuzzRequest request, bool accepted, bool last, CancellationToken cancellationToken)
    {
        if (accepted && request.Method != "GET")
        {
            _shown = await api.ReadAsync(cancellationToken);
            _sinceShown.Clear();
            return;
        }

        _sinceShown.Add(request);
        if (_sinceShown.Count < ApiComparisonEvery && !last)
        {
            return;
        }

        var current = await api.ReadAsync(cancellationToken);
        _tally.ApiComparisons++;
        if (ApiState.Diff(_shown, current) is { Count: > 0 } changed)
        {
            var writes = _sinceShown.Where(r => r.Method != "GET").Take(5).Select(r => r.Describe());
            _tally.Find(
                "state shown by the API changed across refused requests",
                $"#{_sinceShown[0].Index}–#{_sinceShown[^1].Index}",
                $"changed: {string.Join(", ", changed)}; the first writes: {string.Join(" | ", writes)}");
            _shown = current;
        }

        _sinceShown.Clear();
    }

    /// <summary>Whether the request went to the API or a feed: a dot segment can lead it to a page, which answers as pages do.</summary>
    private static bool IsApi(HttpRequestMessage sent) =>
        sent.RequestUri is { IsAbsoluteUri: true } uri && (uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) || uri.AbsolutePath.StartsWith("/feeds/", StringComparison.Ordinal));

    private static string Cut(string text) => text.Length <= 400 ? text : $"{text[..400]}… ({text.Length} chars)";
}
