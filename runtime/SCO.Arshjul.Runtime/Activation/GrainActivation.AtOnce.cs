namespace SCO.Arshjul.Runtime;

/// <content>
/// The fast path: a call to an active activation with nothing running or queued runs at once on the caller's thread,
/// without a mailbox entry or a thread-pool hop. It takes the turn like any call (<c>_running</c>), so calls arriving
/// meanwhile queue behind it and run in their order once it ends.
/// </content>
internal sealed partial class GrainActivation
{
    /// <summary>Takes the turn if the activation is active and idle with an empty mailbox; false otherwise (then queue the call).</summary>
    public bool TryBeginTurnAtOnce()
    {
        lock (_lock)
        {
            if (_running || _status != ActivationStatus.Active || _mailbox.Count > 0)
            {
                return false;
            }

            _running = true;
            return true;
        }
    }

    /// <summary>
    /// Runs one call in the turn taken by <see cref="TryBeginTurnAtOnce"/>, under <paramref name="chain"/>, and ends the
    /// turn when the call's task completes. Being an async method, the call chain set here does not leak to the caller.
    /// </summary>
    public async Task<T> RunTurnAtOnceAsync<T>(CallChain chain, Func<Grain, object?[], Task<T>> invoke, object?[] args)
    {
        RequestContext.CallChain = chain;
        try
        {
            if (IsStale())
            {
                await _grain!.RefreshStateAsync(CancellationToken);
            }

            return await invoke(_grain!, args);
        }
        finally
        {
            EndTurnAtOnce();
        }
    }

    /// <summary>Gives the turn back: to the calls queued meanwhile (on the thread pool), or to a requested deactivation.</summary>
    private void EndTurnAtOnce()
    {
        DeactivationReason? reason;
        lock (_lock)
        {
            reason = _deactivateAfterTurn;
            if (reason is null && _mailbox.Count == 0)
            {
                _running = false;
                _lastUsed = _runtime.Time.GetUtcNow();
                return;
            }
        }

        // Both continue off the caller's thread with a clean execution context (no call chain), as a queued turn does.
        if (reason is { } r)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Activation.DeactivateAsync(state.Reason, runHook: true), (Activation: this, Reason: r), preferLocal: false);
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.RunMailboxAsync(), this, preferLocal: false);
        }
    }
}
