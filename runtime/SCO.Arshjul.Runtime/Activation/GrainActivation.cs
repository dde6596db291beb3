using Microsoft.Extensions.Logging;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// One activation of one grain: its instance and its mailbox. Calls run one at a time, in arrival order, each to its
/// end (turn-based, not reentrant). A deactivating activation takes no new calls: callers wait for it to finish and
/// then reach a fresh activation, so a key never has two activations in one silo.
/// </summary>
internal sealed partial class GrainActivation : IGrainContext
{
    private readonly object _lock = new();
    private readonly Queue<WorkItem> _mailbox = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GrainRuntime _runtime;
    private readonly Type _grainClass;
    private Grain? _grain;
    private ActivationStatus _status = ActivationStatus.Created;
    private bool _running;
    private DeactivationReason? _deactivateAfterTurn;
    private DateTimeOffset _lastUsed;

    public GrainActivation(GrainRuntime runtime, GrainId grainId, Type grainClass)
    {
        _runtime = runtime;
        _grainClass = grainClass;
        GrainId = grainId;
        _lastUsed = runtime.Time.GetUtcNow();
    }

    public GrainId GrainId { get; }

    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    public IGrainStorage Storage => _runtime.Storage;

    public IGrainStateSerializer Serializer => _runtime.Serializer;

    public TimeProvider Time => _runtime.Time;

    public CancellationToken CancellationToken => _runtime.StoppingToken;

    /// <summary>Completes when the activation is gone and its memory can be released.</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>The grain instance while active (for diagnostics and tests).</summary>
    public Grain? Instance => _grain;

    /// <summary>Queues a call. False if the activation is deactivating: wait for <see cref="Deactivated"/> and retry elsewhere.</summary>
    public bool TryEnqueue(WorkItem item)
    {
        lock (_lock)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                return false;
            }

            _mailbox.Enqueue(item);
            if (_running)
            {
                return true;
            }

            _running = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.RunMailboxAsync(), this, preferLocal: false);
        return true;
    }

    public void DeactivateAfterTurn(DeactivationReason reason)
    {
        lock (_lock)
        {
            // The first reason wins: a failed write outranks a later request.
            _deactivateAfterTurn ??= reason;
        }
    }

    private async Task RunMailboxAsync()
    {
        while (true)
        {
            WorkItem? item = null;
            DeactivationReason? requested;
            lock (_lock)
            {
                requested = _deactivateAfterTurn;
                if (requested is null && !_mailbox.TryDequeue(out item))
                {
                    _running = false;
                    _lastUsed = _runtime.Time.GetUtcNow();
                    return;
                }
            }

            // Requested while the turn was ending (RequestDeactivation found it running): act on it now.
            if (requested is { } asked)
            {
                RequestContext.CallChain = null;
                await DeactivateAsync(asked, runHook: true);
                return;
            }

            if (!item!.TryStart())
            {
                continue; // its caller timed out before it started: it must not run
            }

            RequestContext.CallChain = item.Chain;
            try
            {
                if (_status == ActivationStatus.Created && !await TryActivateAsync(item))
                {
                    return;
                }

                if (!await TryRefreshIfStaleAsync(item))
                {
                    continue;
                }

                await item.RunAsync(_grain!);
            }
            finally
            {
                RequestContext.CallChain = null;
            }

            DeactivationReason? reason;
            lock (_lock)
            {
                reason = _deactivateAfterTurn;
            }

            if (reason is { } r)
            {
                await DeactivateAsync(r, runHook: true);
                return;
            }
        }
    }

    private async Task<bool> TryActivateAsync(WorkItem firstCall)
    {
        try
        {
            var grain = _runtime.CreateGrainInstance(_grainClass);
            grain.Bind(this);
            _grain = grain;
            await grain.LoadStateAsync(CancellationToken);
            await grain.OnActivateAsync(CancellationToken);
            _status = ActivationStatus.Active;
            return true;
        }
        catch (Exception ex)
        {
            LogActivationFailed(_runtime.Logger, ex, GrainId);
            firstCall.Fail(ex);
            await DeactivateAsync(DeactivationReason.ActivationFailed, runHook: false);
            return false;
        }
    }

    /// <summary>
    /// Before a call on a state held longer than <see cref="GrainRuntimeOptions.StateFreshness"/>: loads another silo's
    /// newer write. False when that read failed; the call then failed with its error and must not run.
    /// </summary>
    private async ValueTask<bool> TryRefreshIfStaleAsync(WorkItem item)
    {
        if (!IsStale())
        {
            return true;
        }

        try
        {
            await _grain!.RefreshStateAsync(CancellationToken);
            return true;
        }
        catch (Exception ex)
        {
            item.Fail(ex);
            return false;
        }
    }

    private bool IsStale() =>
        _runtime.Options.StateFreshness is { } freshness && _grain!.IsStale(freshness, _runtime.Time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Error, Message = "Activation of {GrainId} failed")]
    private static partial void LogActivationFailed(ILogger logger, Exception exception, GrainId grainId);
}
