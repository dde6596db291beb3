using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// Calls the nodes' HTTP API as one person with a personal API token (created through the account grain while seeding,
/// as the web app's <c>POST tokens</c> does: only the secret's SHA-256 is stored). Never throws for a failed request:
/// every request ends in an <see cref="ApiAnswer"/>.
/// </summary>
internal sealed class ApiCaller : IDisposable
{
    private readonly HttpClient _http;

    private ApiCaller(string person, string token, TimeSpan timeout, int connectionsPerNode)
    {
        Person = person;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connectionsPerNode, ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = timeout,
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The person's roster id in the sample organisation.</summary>
    public string Person { get; }

    /// <summary>Creates a token for <paramref name="person"/> of <c>sco</c> through <paramref name="grains"/> and a caller using it.</summary>
    public static async Task<ApiCaller> CreateAsync(
        IGrainFactory grains, string person, TimeSpan timeout, int connectionsPerNode, CancellationToken cancellationToken)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        await grains.GetGrain<IAccountGrain>($"sco/account/{person}").CreateApiTokenAsync("felprov", hash, null, "system:fault-test", cancellationToken);
        return new ApiCaller(person, $"sco.{person}.{secret}", timeout, connectionsPerNode);
    }

    public Task<ApiAnswer> GetAsync(ClusterNode node, string path, CancellationToken cancellationToken) =>
        SendAsync(node, HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiAnswer> PostAsync(ClusterNode node, string path, string json, CancellationToken cancellationToken) =>
        SendAsync(node, HttpMethod.Post, path, json, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<ApiAnswer> SendAsync(ClusterNode node, HttpMethod method, string path, string? json, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, new Uri($"http://127.0.0.1:{node.Port}{path}"));
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return ApiAnswer.Of(node.Name, (int)response.StatusCode, body, watch.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var error = e is TaskCanceledException ? $"no answer within {_http.Timeout.TotalSeconds:0} s" : $"{e.GetType().Name}: {e.Message}";
            return new ApiAnswer(node.Name, null, null, null, null, null, error, watch.Elapsed);
        }
    }
}
