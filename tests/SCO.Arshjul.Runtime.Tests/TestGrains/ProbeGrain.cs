using System.Collections.Concurrent;

namespace SCO.Arshjul.Runtime.Tests.TestGrains;

/// <summary>What probe grains did, in order, keyed by test.</summary>
public static class ProbeLog
{
    public static ConcurrentDictionary<string, ConcurrentQueue<string>> Entries { get; } = new();

    public static ConcurrentQueue<string> For(string key) => Entries.GetOrAdd(key, _ => new ConcurrentQueue<string>());
}

/// <summary>Gates a probe can be held at, keyed by name.</summary>
public static class ProbeGates
{
    public static ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    public static TaskCompletionSource Get(string name) =>
        Gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

[GrainType("probe")]
public sealed class ProbeGrain : Grain, IProbeGrain
{
    private static readonly ConcurrentDictionary<string, int> Activations = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1);
        if (GetPrimaryKeyString().EndsWith("/fails-to-activate", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("activation refused");
        }

        return Task.CompletedTask;
    }

    public async Task RecordAsync(string entry)
    {
        await Task.Yield();
        ProbeLog.For(GetPrimaryKeyString()).Enqueue(entry);
    }

    public Task WaitForGateAsync(string gate)
    {
        ProbeGates.Get(gate + ":entered").TrySetResult();
        return ProbeGates.Get(gate).Task;
    }

    public async Task<string> ForwardAsync(IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            return GetPrimaryKeyString();
        }

        var next = GrainFactory.GetGrain<IProbeGrain>(path[0]);
        return GetPrimaryKeyString() + " > " + await next.ForwardAsync([.. path.Skip(1)]);
    }

    public Task FailAsync(string message) => throw new ArgumentException(message);

    public Task<long> SumAsync(int first, long second) => Task.FromResult(first + second);

    public Task<int> GetActivationCountAsync() => Task.FromResult(Activations.GetValueOrDefault(GetPrimaryKeyString()));

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
