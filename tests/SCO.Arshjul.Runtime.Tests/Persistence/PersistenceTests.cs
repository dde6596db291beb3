using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Runtime.Tests.Activation;
using SCO.Arshjul.Runtime.Tests.TestGrains;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Persistence;

/// <summary>
/// The runtime over real storage: each provider runs these (SQLite, PostgreSQL, memory). Every silo a test starts
/// is pointed at the same database, as several silos of one deployment would be.
/// </summary>
public abstract class PersistenceTests : IAsyncLifetime
{
    private readonly List<TestSilo> _silos = [];

    /// <summary>Registers this provider's storage on the test's one database.</summary>
    protected abstract void AddStorage(IServiceCollection services);

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task State_SurvivesSiloRestart()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        await using (var first = await RuntimeTestSilo.StartAsync(AddStorage))
        {
            var counter = first.GrainFactory.GetGrain<ICounterGrain>(key);
            await counter.IncrementAsync();
            await counter.IncrementAsync();
        }

        var second = await StartSiloAsync();

        Assert.Equal(2, await second.GrainFactory.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task TwoSilos_WritingOneGrain_OneWinsTheOtherGetsConcurrencyErrorAndReloads()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        var (a, b) = (await StartSiloAsync(), await StartSiloAsync());
        var onA = a.GrainFactory.GetGrain<ICounterGrain>(key);
        var onB = b.GrainFactory.GetGrain<ICounterGrain>(key);
        await onA.SetWithOutboxAsync(10, []);
        Assert.Equal(10, await onB.GetAsync()); // B activates with A's version

        await onA.SetWithOutboxAsync(20, [Message("a-wins")]);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => onB.SetWithOutboxAsync(30, [Message("b-loses")]));

        Assert.Contains("nothing was written", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(20, await onB.GetAsync()); // B reloaded: it sees A's write, not its own
        Assert.Equal(20, await onA.GetAsync());
        var pending = await PendingKeysAsync(a);
        Assert.Contains(key + "/a-wins", pending);
        Assert.DoesNotContain(key + "/b-loses", pending);
    }

    [Fact]
    public async Task TwoSilos_StateOlderThanStateFreshness_IsReloadedBeforeTheNextCall()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        var clock = new ManualTimeProvider();
        void OneSecond(GrainRuntimeOptions o) => o.StateFreshness = TimeSpan.FromSeconds(1);
        var (a, b) = (await StartSiloAsync(OneSecond, clock), await StartSiloAsync(OneSecond, clock));
        var onA = a.GrainFactory.GetGrain<ICounterGrain>(key);
        var onB = b.GrainFactory.GetGrain<ICounterGrain>(key);
        await onA.SetWithOutboxAsync(10, []);
        Assert.Equal(10, await onB.GetAsync());

        await onA.SetWithOutboxAsync(20, []);
        Assert.Equal(10, await onB.GetAsync()); // B's state is fresher than a second: it is served as held
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(20, await onB.GetAsync()); // reloaded: A's write is seen on B
        await onB.SetWithOutboxAsync(30, []); // and written over without a conflict: B holds A's version now
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(30, await onA.GetAsync());
    }

    [Fact]
    public async Task TwoSilos_NoStateFreshness_TheActivationServesTheStateItHolds()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        var clock = new ManualTimeProvider();
        var (a, b) = (await StartSiloAsync(clock: clock), await StartSiloAsync(clock: clock));
        await a.GrainFactory.GetGrain<ICounterGrain>(key).SetWithOutboxAsync(10, []);
        Assert.Equal(10, await b.GrainFactory.GetGrain<ICounterGrain>(key).GetAsync());

        await a.GrainFactory.GetGrain<ICounterGrain>(key).SetWithOutboxAsync(20, []);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(10, await b.GrainFactory.GetGrain<ICounterGrain>(key).GetAsync()); // the one-node default: no read before a call
    }

    [Fact]
    public async Task TwoSilos_ACallMarkedReRunOnConflict_LosesTheWrite_RunsAgainOnTheNewerState()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        var (a, b) = (await StartSiloAsync(), await StartSiloAsync());
        var onA = a.GrainFactory.GetGrain<ICounterGrain>(key);
        var onB = b.GrainFactory.GetGrain<ICounterGrain>(key);
        await onA.SetWithOutboxAsync(10, []);
        Assert.Equal(10, await onB.GetAsync()); // B holds version 1

        await onA.AddAsync(5); // A writes version 2: 15
        var onFreshState = await onB.AddAsync(100); // B's write of 110 loses; re-run on 15

        Assert.Equal(115, onFreshState);
        Assert.Equal(115, await onB.GetAsync());
        Assert.Equal(116, await onA.AddAsync(1)); // A, now the outdated one, re-runs in turn
    }

    [Fact]
    public async Task TwoSilos_ReRunsExhausted_TheConflictReachesTheCaller_AndNothingIsWritten()
    {
        var key = RuntimeTestSilo.UniqueKey("counter");
        var (a, b) = (await StartSiloAsync(), await StartSiloAsync(o => o.ConflictReRuns = 0));
        var onA = a.GrainFactory.GetGrain<ICounterGrain>(key);
        var onB = b.GrainFactory.GetGrain<ICounterGrain>(key);
        await onA.SetWithOutboxAsync(10, []);
        Assert.Equal(10, await onB.GetAsync());
        await onA.AddAsync(5);

        await Assert.ThrowsAsync<InconsistentStateException>(() => onB.AddAsync(100));

        Assert.Equal(15, await onB.GetAsync()); // reloaded, its own 110 never written
    }

    [Fact]
    public async Task TwoSilos_ACalleesConflict_IsNotReRunByTheCaller()
    {
        var (callerKey, calleeKey) = (RuntimeTestSilo.UniqueKey("counter"), RuntimeTestSilo.UniqueKey("counter"));
        var (a, b) = (await StartSiloAsync(), await StartSiloAsync());
        var calleeOnB = b.GrainFactory.GetGrain<ICounterGrain>(calleeKey);
        Assert.Equal(0, await calleeOnB.GetAsync()); // B holds the callee, never written
        await a.GrainFactory.GetGrain<ICounterGrain>(calleeKey).SetWithOutboxAsync(1, []); // A writes it first

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => b.GrainFactory.GetGrain<ICounterGrain>(callerKey).AddThenToAsync(7, calleeOnB));

        Assert.Equal(calleeKey, error.Grain?.Key);
        Assert.Equal(0, await b.GrainFactory.GetGrain<ICounterGrain>(callerKey).GetAsync()); // the caller never ran its own write
    }

    [Fact]
    public async Task IncrementAsync_ThousandConcurrentCalls_NoLostIncrements()
    {
        var silo = await StartSiloAsync();
        var key = RuntimeTestSilo.UniqueKey("counter");
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>(key);

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(counter.IncrementAsync)));

        Assert.Equal(1000, await counter.GetAsync());
        var restarted = await StartSiloAsync();
        Assert.Equal(1000, await restarted.GrainFactory.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task WriteState_WithOutgoingWork_CommitsBoth()
    {
        var silo = await StartSiloAsync();
        var key = RuntimeTestSilo.UniqueKey("counter");
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>(key);

        await counter.SetWithOutboxAsync(5, [Message("first"), Message("second")]);

        Assert.Equal(5, await counter.GetAsync());
        Assert.Equal([key + "/first", key + "/second"], (await PendingKeysAsync(silo)).Where(k => k.StartsWith(key, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WriteState_FailureBetweenStateAndOutbox_LeavesNeitherAndReloads()
    {
        var silo = await StartSiloAsync();
        var key = RuntimeTestSilo.UniqueKey("counter");
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>(key);
        await counter.SetWithOutboxAsync(1, [Message("kept")]);
        var clash = Message("clash-1");

        // The second message reuses the first one's id: the outbox insert fails after the state row was updated.
        await Assert.ThrowsAnyAsync<Exception>(() => counter.SetWithOutboxAsync(2, [clash, Message("clash-2") with { Id = clash.Id }]));

        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal([key + "/kept"], (await PendingKeysAsync(silo)).Where(k => k.StartsWith(key, StringComparison.Ordinal)));
        var fresh = await StartSiloAsync();
        Assert.Equal(1, await fresh.GrainFactory.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task IdleCollection_FreesActivations_AndStateReloadsFromStorage()
    {
        var silo = await StartSiloAsync(o => o.CollectionQuantum = TimeSpan.FromDays(1));
        var keys = Enumerable.Range(0, 20).Select(_ => RuntimeTestSilo.UniqueKey("counter")).ToArray();
        await Task.WhenAll(keys.Select(k => silo.GrainFactory.GetGrain<ICounterGrain>(k).IncrementAsync()));

        silo.Clock.Advance(new GrainRuntimeOptions().CollectionAge + TimeSpan.FromSeconds(1));
        var collected = await silo.Silo.CollectIdleActivationsAsync();

        Assert.Equal(20, collected);
        Assert.Equal(0, silo.Silo.ActivationCount);
        Assert.Equal(2, await silo.GrainFactory.GetGrain<ICounterGrain>(keys[7]).IncrementAsync());
    }

    [Fact]
    public async Task Call_WaitingPastResponseTimeout_FailsWithTimeoutAndNothingIsWritten()
    {
        var silo = await StartSiloAsync(o => o.ResponseTimeout = TimeSpan.FromSeconds(2));
        var probeKey = RuntimeTestSilo.UniqueKey("probe");
        var gate = Guid.NewGuid().ToString();
        var probe = silo.GrainFactory.GetGrain<IProbeGrain>(probeKey);
        var blocking = probe.WaitForGateAsync(gate);
        await ProbeGates.Get(gate + ":entered").Task.WaitAsync(TestContext.Current.CancellationToken);

        var queued = probe.RecordAsync("never");
        silo.Clock.Advance(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocking);
        ProbeGates.Get(gate).SetResult();
        Assert.Empty(ProbeLog.For(probeKey));
    }

    [Fact]
    public async Task Call_Cycle_FailsFastAndLeavesStateUntouched()
    {
        var silo = await StartSiloAsync();
        var (a, b) = (RuntimeTestSilo.UniqueKey("probe"), RuntimeTestSilo.UniqueKey("probe"));

        var error = await Assert.ThrowsAsync<GrainCallCycleException>(() => silo.GrainFactory.GetGrain<IProbeGrain>(a).ForwardAsync([b, a]));

        Assert.Contains("Call cycle", error.Message, StringComparison.Ordinal);
    }

    private static OutboxMessage Message(string suffix) => new("test.message", suffix, "{}");

    private async Task<TestSilo> StartSiloAsync(Action<GrainRuntimeOptions>? options = null, ManualTimeProvider? clock = null)
    {
        var silo = await RuntimeTestSilo.StartAsync(
            services =>
            {
                AddStorage(services);
                if (options is not null)
                {
                    services.Configure(options);
                }
            },
            clock);
        _silos.Add(silo);
        return silo;
    }

    private static async Task<List<string>> PendingKeysAsync(TestSilo silo)
    {
        var outbox = silo.Services.GetRequiredService<IOutboxStore>();
        var pending = await outbox.ReadPendingAsync(10_000, "test.message", TestContext.Current.CancellationToken);
        return [.. pending.Select(m => m.Source.Key + "/" + m.IdempotencyKey)];
    }
}
