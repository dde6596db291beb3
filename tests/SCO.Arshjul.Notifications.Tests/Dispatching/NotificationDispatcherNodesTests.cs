using System.Collections.Concurrent;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Dispatching;

/// <summary>Two nodes, each with its own dispatcher and storage instance, on one PostgreSQL database.</summary>
public sealed class NotificationDispatcherNodesTests : IAsyncLifetime
{
    private string _connectionString = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync(Ct);

    public async ValueTask DisposeAsync() => await PostgresServer.DropDatabaseAsync(_connectionString, CancellationToken.None);

    [Fact]
    public async Task DispatchDueAsync_TwoNodesSlowChannel_EachMessageDeliveredExactlyOnce()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 12, 7, 0, 0, TimeSpan.Zero));
        await using var storageA = new PostgresGrainStorage(_connectionString, clock);
        await using var storageB = new PostgresGrainStorage(_connectionString, clock);
        await storageA.EnsureSchemaAsync(Ct);
        var channel = new SlowChannel();
        var options = new DispatcherOptions { BatchSize = 4 };
        var nodes = new[] { new DispatcherHarness(options, storageA, clock, channel.For("a")), new DispatcherHarness(options, storageB, clock, channel.For("b")) };
        var due = Local(2025, 3, 12, 8);
        List<Notification> notifications =
        [
            .. Enumerable.Range(1, 20).Select(i => Invitation($"2025-04-{i:00}-styrelse")),
            .. Enumerable.Range(1, 6).SelectMany(i => new[] { Reminder($"A-{i}", Anna with { PersonId = $"p{i}" }, due), Reminder($"B-{i}", Anna with { PersonId = $"p{i}" }, due) }),
        ];
        Assert.Equal(32, await nodes[0].Outbox.EnqueueAsync(notifications, Ct));
        clock.Advance(options.CombineWindow);

        var results = await Task.WhenAll(nodes.Select(node => Task.Run(
            async () =>
            {
                var total = new List<DispatchResult>();
                for (var pass = await node.PassAsync(); pass.Claimed > 0; pass = await node.PassAsync())
                {
                    total.Add(pass);
                }

                return total;
            },
            Ct)));

        var delivered = channel.Deliveries.ToList();
        var keys = delivered.SelectMany(d => d.Message.Parts).Select(p => p.IdempotencyKey).ToList();
        Assert.Equal(notifications.Select(n => n.IdempotencyKey).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.Equal(delivered.Count, delivered.Select(d => d.Message.MessageId).Distinct().Count());
        Assert.Equal(["a", "b"], delivered.Select(d => d.Node).Distinct().Order());
        Assert.Equal(32, results.SelectMany(r => r).Sum(r => r.Delivered));
        Assert.All(await storageB.ListAsync("notification", null, 100, Ct), row => Assert.Equal(OutboxStatus.Delivered, row.Status));
    }

    /// <summary>
    /// Holds each node's first delivery until both nodes are delivering at once, so that their claims overlap in
    /// time; later deliveries yield only.
    /// </summary>
    private sealed class SlowChannel
    {
        private readonly TaskCompletionSource _bothDelivering = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentDictionary<string, bool> _started = new();

        public ConcurrentQueue<(string Node, OutgoingMessage Message)> Deliveries { get; } = new();

        public RecordingChannel For(string node) => new()
        {
            Behaviour = async (message, _) =>
            {
                if (_started.TryAdd(node, true) && _started.Count == 2)
                {
                    _bothDelivering.TrySetResult();
                }

                // Real time here: the other node runs on its own thread and must catch up.
                await _bothDelivering.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
                await Task.Yield();
                Deliveries.Enqueue((node, message));
            },
        };
    }
}
