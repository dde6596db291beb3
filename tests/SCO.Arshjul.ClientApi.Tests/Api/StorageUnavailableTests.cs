using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Storage;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// While the database cannot be reached (issue 6: PostgreSQL stopped), the API answers 503 with a Swedish problem, a
/// code and Retry-After instead of a 500; once it is back the same request is served, without a restart.
/// </summary>
public sealed class StorageUnavailableTests : IDisposable
{
    private const string Check = "/api/v1/orgs/sco/internal-control/2026/controls/lonehantering/check";
    private AwayGrainStorage? _storage;
    private readonly ArshjulWebFactory _factory;

    public StorageUnavailableTests() => _factory = new ArshjulWebFactory
    {
        TestServices = services => services.AddSingleton<IGrainStorage>(p => _storage = new AwayGrainStorage(p.GetRequiredService<SqliteGrainStorage>())),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_DatabaseAway_Is503WithRetryAfter_AndServedOnceItIsBack()
    {
        await ApiSeed.AdoptPlanAsync(_factory, 2026);
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Internkontrollant);
        var body = new { result = "ok", comment = "Stickprov på tio utbetalningar" };
        _storage!.Away = true;

        var away = await client.PostAsJsonAsync(Check, body, Ct);
        _storage.Away = false;
        var back = await client.PostAsJsonAsync(Check, body, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), away.Headers.RetryAfter?.Delta);
        var problem = await away.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("storage.unavailable", "Tillfälligt otillgänglig"), (problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString()));
        Assert.StartsWith("Databasen går inte att nå just nu.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
