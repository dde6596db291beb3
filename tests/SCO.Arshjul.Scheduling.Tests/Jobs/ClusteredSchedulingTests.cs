using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Jobs;

/// <summary>Two silos sharing one PostgreSQL database: grains, outbox and a clustered Quartz job store.</summary>
public sealed class ClusteredSchedulingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoClusteredNodes_SameDeadline_OneRunAndOneNotification()
    {
        var database = await PostgresServer.CreateDatabaseAsync(Token);
        try
        {
            // 08:59:55 in Stockholm on the due day: the on-the-day reminder is five seconds away.
            var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 30, 6, 59, 55, TimeSpan.Zero));
            await using var first = await StartNodeAsync(clock, database, "node-a");
            await using var second = await StartNodeAsync(clock, database, "node-b", first.Handler);
            await first.Grains.GetGrain<IDeadlineGrain>(TestItems.DeadlineKey).PlanAsync(TestItems.Deadline(), "wheel", Token);

            // Both nodes sync the same change (as two change processors would without claims).
            Assert.Equal(1, await first.Changes.ProcessPendingAsync(Token));
            var secondSync = Assert.Single(await second.Synchronizer.SyncGrainAsync(TestItems.DeadlineKey, afterChange: true, Token));
            Assert.False(secondSync.Changed);
            clock.Advance(TimeSpan.FromSeconds(10));
            await first.Handler.WaitForCallsAsync(1);
            await Eventually.TrueAsync(async () => await first.TriggerAsync($"{TestItems.DeadlineKey}/due-0d") is null, "the fired trigger is deleted");

            Assert.Equal([$"{TestItems.DeadlineKey}/due-0d"], first.Handler.Keys);
            var notifications = await first.Outbox.ListAsync(RecordingReminderHandler.NotificationKind, null, 10, Token);
            Assert.Equal([$"{TestItems.DeadlineKey}/due-0d"], notifications.Select(n => n.IdempotencyKey));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database, CancellationToken.None);
        }
    }

    private static Task<SchedulingTestHost> StartNodeAsync(
        ManualTimeProvider clock, string database, string instanceId, RecordingReminderHandler? sharedHandler = null) =>
        SchedulingTestHost.StartAsync(
            clock,
            new SchedulingOptions { Provider = SchedulingProvider.Postgres, ConnectionString = database, Clustered = true, InstanceId = instanceId },
            services => services.AddPostgresGrainStorage(database),
            writeNotifications: true,
            sharedHandler: sharedHandler);
}
