using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>Routes calls to activations, enforcing the response timeout and refusing call cycles.</summary>
internal sealed class GrainRuntime : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly GrainTypeRegistry _registry;
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    public GrainRuntime(
        IServiceProvider services,
        GrainTypeRegistry registry,
        IGrainStorage storage,
        IGrainStateSerializer serializer,
        IOptions<GrainRuntimeOptions> options,
        TimeProvider time,
        ILogger<GrainRuntime> logger)
    {
        _services = services;
        _registry = registry;
        Storage = storage;
        Serializer = serializer;
        Options = options.Value;
        Time = time;
        Logger = logger;
        GrainFactory = new GrainFactory(this, registry);
    }

    public IGrainFactory GrainFactory { get; }

    public IGrainStorage Storage { get; }

    public IGrainStateSerializer Serializer { get; }

    public GrainRuntimeOptions Options { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public ActivationDirectory Directory { get; } = new();

    public CancellationToken StoppingToken => _stopping.Token;

    /// <summary>Calls <paramref name="call"/> on the activation of <paramref name="target"/>, in its turn.</summary>
    public async Task<T> InvokeAsync<T>(GrainId target, Func<Grain, Task<T>> call)
    {
        var caller = RequestContext.CallChain;
        if (caller is not null && caller.Contains(target))
        {
            throw new GrainCallCycleException(
                $"Call cycle: {caller} → {target}. {target} is waiting on this call chain already and handles one call at a time, " +
                "so the call would deadlock; it was refused.");
        }

        var item = new WorkItem<T>(caller?.Append(target) ?? CallChain.Start(target), call);
        var completion = DispatchThenAwaitAsync(item);
        try
        {
            return await completion.WaitAsync(Options.ResponseTimeout, Time);
        }
        catch (TimeoutException) when (!completion.IsCompleted)
        {
            var neverRan = item.TryAbandon();
            throw new GrainCallTimeoutException(neverRan
                ? $"Call to {target} timed out after {Options.ResponseTimeout.TotalSeconds:0.###} s waiting for its turn; it was not run."
                : $"Call to {target} timed out after {Options.ResponseTimeout.TotalSeconds:0.###} s; it is still running and its outcome is unknown.");
        }
    }

    /// <summary>Puts <paramref name="item"/> on the mailbox of the grain's current activation, creating one if needed.</summary>
    public async Task DispatchAsync(WorkItem item)
    {
        var grainId = item.Chain.Grain;
        var grainClass = _registry.GetClass(grainId.Type);
        while (true)
        {
            var activation = Directory.GetOrAdd(grainId, id => new GrainActivation(this, id, grainClass));
            if (activation.TryEnqueue(item))
            {
                return;
            }

            // That activation is going: wait until it is gone, then a fresh one takes the call.
            await activation.Deactivated;
        }
    }

    public Grain CreateGrainInstance(Type grainClass) => (Grain)ActivatorUtilities.CreateInstance(_services, grainClass);

    /// <summary>Deactivates every activation (silo stop), waiting at most <paramref name="timeout"/>.</summary>
    public async Task DeactivateAllAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var activations = Directory.All.ToArray();
        foreach (var activation in activations)
        {
            activation.RequestDeactivation(DeactivationReason.ShuttingDown);
        }

        try
        {
            await Task.WhenAll(activations.Select(a => a.Deactivated)).WaitAsync(timeout, Time, cancellationToken);
        }
        finally
        {
            // A host that gave up waiting may already have disposed the runtime: then there is nothing left to stop.
            if (Volatile.Read(ref _disposed) == 0)
            {
                try
                {
                    await _stopping.CancelAsync();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
        }
    }

    private async Task<T> DispatchThenAwaitAsync<T>(WorkItem<T> item)
    {
        await DispatchAsync(item);
        return await item.Completion;
    }
}
