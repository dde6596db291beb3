using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>Data the API tests and the authorization matrix start from: an adopted plan, notifications in a given state.</summary>
public static class ApiSeed
{
    // One client per factory and person: a person may hold at most 20 active API tokens, and every ArshjulWebFactory.ClientAsAsync makes one.
    private static readonly ConditionalWeakTable<ArshjulWebFactory, ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A client with an API token of <paramref name="personId"/>, made once per factory and kept (the factory disposes it):
    /// do not dispose it.
    /// </summary>
    public static Task<HttpClient> ClientAsync(ArshjulWebFactory factory, string personId) =>
        Clients.GetOrCreateValue(factory).GetOrAdd(personId, id => new Lazy<Task<HttpClient>>(() => factory.ClientAsAsync(id))).Value;

    /// <summary>Adopts <paramref name="year"/>'s internkontrollplan as drawn up (through the API, as the förbundschef); adopting again changes nothing.</summary>
    public static async Task<JsonElement> AdoptPlanAsync(ArshjulWebFactory factory, int year)
    {
        var client = await ClientAsync(factory, TestPeople.Forbundschef);
        var response = await client.PostAsync($"/api/v1/orgs/{TestPeople.Org}/internal-control/{year}/adopt", null, Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>
    /// A reminder about <paramref name="itemKey"/> to the förbundschef (or <paramref name="recipient"/>) in the
    /// notification outbox, pending; with <paramref name="failWith"/> it is given up as failed with that error. Returns its outbox id.
    /// </summary>
    public static async Task<Guid> NotificationAsync(ArshjulWebFactory factory, string itemKey, string? failWith = null, Recipient? recipient = null)
    {
        var organisation = itemKey[..itemKey.IndexOf('/', StringComparison.Ordinal)];
        var notification = new Notification(
            $"{itemKey}/test-{Guid.NewGuid():N}",
            organisation,
            NotificationKind.DueReminder,
            itemKey,
            $"Testärende {itemKey}",
            [recipient ?? new Recipient(TestPeople.Forbundschef, "Annika Westerlund", "annika.westerlund@example.org", "förbundschef")],
            $"Påminnelse: {itemKey}",
            "Ett ärende förfaller snart.",
            factory.Now,
            Late: false,
            Combinable: false);
        await factory.Services.GetRequiredService<INotificationOutbox>().EnqueueAsync([notification], Ct);
        var store = factory.Services.GetRequiredService<IOutboxStore>();
        var id = (await store.ListAsync(NotificationOutbox.Kind, OutboxStatus.Pending, 1000, Ct)).Single(m => m.IdempotencyKey == notification.IdempotencyKey).Id;
        if (failWith is not null)
        {
            await store.MarkFailedAsync(id, failWith, Ct);
        }

        return id;
    }

    /// <summary>The outbox row <paramref name="id"/> as stored now.</summary>
    public static async Task<StoredOutboxMessage> StoredAsync(ArshjulWebFactory factory, Guid id) =>
        (await factory.Services.GetRequiredService<IOutboxStore>().GetAsync(id, Ct))!;
}
