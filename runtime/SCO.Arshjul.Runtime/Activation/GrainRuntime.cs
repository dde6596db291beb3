using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>Routes calls to activations, enforcing the response timeout and refusing call cycles.</summary>
internal sealed partial class GrainRuntime : IDisposable
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

    /// <summary>
    /// Calls <paramref name="invoke"/> with <paramref name="args"/> on the activation of <paramref name="target"/>, in its
    /// turn. An active activation with nothing running or queued runs the call at once on the caller's thread (the
    /// turn is taken all the same, so it stays one call at a time); any other call is queued on its mailbox.
    /// </summary>
    public Task<T> InvokeAsync<T>(GrainId target, Func<Grain, object?[], Task<T>> invoke, object?[] args)
    {
        var caller = RequestContext.CallChain;
        if (caller is not null && caller.Contains(target))
        {
            return Task.FromException<T>(new GrainCallCycleException(
                $"Call cycle: {caller} → {target}. {target} is waiting on this call chain already and handles one call at a time, " +
                "so the call would deadlock; it was refused."));
        }

        var chain = caller?.Append(target) ?? CallChain.Start(target);
        if (Directory.TryGet(target, out var idle) && idle!.TryBeginTurnAtOnce())
        {
            var running = idle.RunTurnAtOnceAsync(chain, invoke, args);
            return running.IsCompleted ? running : WithTimeoutAsync(running, target, abandon: null);
        }

        var item = new WorkItem<T>(chain, invoke, args);
        var completion = DispatchThenAwaitAsync(item);
        return WithTimeoutAsync(completion, target, abandon: item);
    }

    /// <summary>
    /// <see cref="InvokeAsync"/>, run again when the call's write lost to another silo (<see cref="ReRunOnConflictAttribute"/>):
    /// the losing activation deactivates after its turn, so the next attempt activates afresh from storage. A conflict
    /// of another grain it called is not its own to re-run: it reaches the caller.
    /// </summary>
    public async Task<T> InvokeReRunningOnConflictAsync<T>(GrainId target, Func<Grain, object?[], Task<T>> invoke, object?[] args)
    {
        for (var reRuns = 0; ; reRuns++)
        {
            try
            {
                return await InvokeAsync(target, invoke, args);
            }
            catch (InconsistentStateException e) when (e.Grain == target && reRuns < Options.ConflictReRuns) // its own write, not a callee's
            {
                LogReRun(Logger, target, reRuns + 1, e.StoredETag);
            }
        }
    }

    /// <summary>Puts <paramref name="item"/> on the mailbox of the grain's current activation, creating one if needed.</summary>
    public Task DispatchAsync(WorkItem item)
    {
        var grainId = item.Chain.Grain;
        if (!Directory.TryGet(grainId, out var activation))
        {
            activation = Directory.GetOrAdd(grainId, static (id, runtime) => new GrainActivation(runtime, id, runtime._registry.GetClass(id.Type)), this);
        }

        return activation!.TryEnqueue(item) ? Task.CompletedTask : DispatchAfterDeactivationAsync(item, activation);
    }

    public Grain CreateGrainInstance(Type grainClass) => (Grain)ActivatorUtilities.CreateInstance(_services, grainClass);

    /// <summary>
    /// Deactivates every activation (silo stop), waiting at most <paramref name="timeout"/> or until
    /// <paramref name="cancellationToken"/> (the host's shutdown timeout). An activation still in a turn then is left
    /// behind with a warning naming it, and the stop goes on: the process is going away, and what the turn had not
    /// written is not acknowledged either.
    /// </summary>
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
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var left = activations.Where(a => !a.Deactivated.IsCompleted).Select(a => a.GrainId).ToList();
            LogLeftBehind(Logger, left.Count, string.Join(", ", left.Take(10)));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo stopping: {Count} activation(s) still in a turn were left behind: {Grains}")]
    private static partial void LogLeftBehind(ILogger logger, int count, string grains);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call to {Grain} lost a write to another silo (stored ETag {StoredETag}); re-running it on fresh state (re-run {ReRun})")]
    private static partial void LogReRun(ILogger logger, GrainId grain, int reRun, string? storedETag);

    private async Task<T> DispatchThenAwaitAsync<T>(WorkItem<T> item)
    {
        await DispatchAsync(item);
        return await item.Completion;
    }

    // That activation is going: wait until it is gone, then a fresh one takes the call.
    private async Task DispatchAfterDeactivationAsync(WorkItem item, GrainActivation going)
    {
        await going.Deactivated;
        await DispatchAsync(item);
    }

    /// <summary>Awaits <paramref name="call"/> for at most the response timeout; <paramref name="abandon"/> is the queued call, null if it has started.</summary>
    private async Task<T> WithTimeoutAsync<T>(Task<T> call, GrainId target, WorkItem? abandon)
    {
        try
        {
            return await call.WaitAsync(Options.ResponseTimeout, Time);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            var neverRan = abandon?.TryAbandon() == true;
            throw new GrainCallTimeoutException(neverRan
                ? $"Call to {target} timed out after {Options.ResponseTimeout.TotalSeconds:0.###} s waiting for its turn; it was not run."
                : $"Call to {target} timed out after {Options.ResponseTimeout.TotalSeconds:0.###} s; it is still running and its outcome is unknown.");
        }
    }
}
