using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SCO.Arshjul.ClientApi.Tests.Authorization;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Api;

/// <summary>
/// Issue 7: a preview through the API changes nothing. The web app has generated the wheel on its SQLite file and
/// delivered a notification to its file outbox; with nothing left to do (no pending outbox row, its Quartz on standby so
/// that its own scheduler thread does not touch the file) the database and the outbox are byte for byte the same after a
/// preview of the rest of the year as before it.
/// </summary>
public sealed class PreviewReadOnlyTests : IDisposable
{
    private readonly ArshjulWebFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_OnTheGeneratedWheel_ChangesNeitherTheDatabaseNorTheOutbox()
    {
        var client = await ApiSeed.ClientAsync(_factory, TestPeople.Forbundschef);
        await ApiSeed.NotificationAsync(_factory, "sco/deadline/2026-12-15-budgetuppfoljning");
        await SettleAsync();
        var before = Stored();

        var response = await client.GetAsync("/api/v1/orgs/sco/preview", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"kind\":\"papers\"", body, StringComparison.Ordinal);
        Assert.Equal(before, Stored());
        Assert.Empty(await _factory.Services.GetRequiredService<IOutboxStore>().ReadPendingAsync(10, cancellationToken: Ct));
    }

    public void Dispose() => _factory.Dispose();

    // Everything the web app had to do is done, and its scheduler stands by: whatever changes now is the preview's doing.
    private async Task SettleAsync()
    {
        while (await _factory.Services.GetRequiredService<ChangeProcessor>().ProcessPendingAsync(Ct) > 0)
        {
        }

        Assert.True((await _factory.DispatchAsync()).Delivered > 0);
        Assert.Empty(await _factory.Services.GetRequiredService<IOutboxStore>().ReadPendingAsync(10, cancellationToken: Ct));
        await (await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).Standby(Ct);

        // The WAL moved into the database file now: a checkpoint the app's own pooled connections make later (when they
        // close) then has nothing to move, and cannot change the file's bytes while the preview runs.
        await StoredBytes.SettleAsync(_factory.DatabasePath, Ct);
    }

    private SortedDictionary<string, string> Stored()
    {
        var stored = StoredBytes.Of(_factory.DatabasePath, _factory.OutboxDirectory);
        Assert.Contains(stored.Keys, k => k.EndsWith(".eml", StringComparison.Ordinal));
        return stored;
    }
}
