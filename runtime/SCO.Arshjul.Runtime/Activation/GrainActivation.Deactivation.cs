using Microsoft.Extensions.Logging;

namespace SCO.Arshjul.Runtime;

internal sealed partial class GrainActivation
{
    /// <summary>When the activation last finished a call.</summary>
    public DateTimeOffset LastUsed
    {
        get
        {
            lock (_lock)
            {
                return _lastUsed;
            }
        }
    }

    /// <summary>
    /// Deactivates now if idle since before <paramref name="idleSince"/> (or always, if null) and no call is running or queued.
    /// Returns false if the activation is busy or already going.
    /// </summary>
    public bool TryBeginIdleDeactivation(DateTimeOffset? idleSince, DeactivationReason reason)
    {
        lock (_lock)
        {
            if (!TryBeginIdleDeactivationLocked(idleSince))
            {
                return false;
            }
        }

        _ = DeactivateAsync(reason, runHook: true);
        return true;
    }

    /// <summary>
    /// Deactivates now if idle, else after the running turn. Decided under one lock with the turn's own end (which
    /// looks for a requested deactivation before it lets go), so a turn ending meanwhile cannot miss the request.
    /// </summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (!TryBeginIdleDeactivationLocked(idleSince: null))
            {
                // The first reason wins: a failed write outranks a later request.
                _deactivateAfterTurn ??= reason;
                return;
            }
        }

        _ = DeactivateAsync(reason, runHook: true);
    }

    private bool TryBeginIdleDeactivationLocked(DateTimeOffset? idleSince)
    {
        if (_running || _mailbox.Count > 0 || _status != ActivationStatus.Active || (idleSince is { } cutoff && _lastUsed > cutoff))
        {
            return false;
        }

        _status = ActivationStatus.Deactivating;
        _running = true;
        return true;
    }

    private async Task DeactivateAsync(DeactivationReason reason, bool runHook)
    {
        lock (_lock)
        {
            _status = ActivationStatus.Deactivating;
        }

        if (runHook && _grain is { } grain)
        {
            try
            {
                await grain.OnDeactivateAsync(reason, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogDeactivationHookFailed(_runtime.Logger, ex, GrainId);
            }
        }

        _runtime.Directory.Remove(this);
        WorkItem[] leftovers;
        lock (_lock)
        {
            _status = ActivationStatus.Deactivated;
            _running = false;
            leftovers = [.. _mailbox];
            _mailbox.Clear();
        }

        _grain = null;
        LogDeactivated(_runtime.Logger, GrainId, reason);
        _deactivated.TrySetResult();

        // Calls that queued up behind the deactivation go to the next activation, in their order.
        foreach (var item in leftovers)
        {
            await _runtime.DispatchAsync(item);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed")]
    private static partial void LogDeactivationHookFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deactivated {GrainId} ({Reason})")]
    private static partial void LogDeactivated(ILogger logger, GrainId grainId, DeactivationReason reason);
}
