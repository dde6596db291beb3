namespace SCO.Arshjul.Runtime;

/// <summary>A call waited longer than the response timeout. The call may not have run at all (it is skipped if it had not started).</summary>
public sealed class GrainCallTimeoutException(string message) : TimeoutException(message);

/// <summary>A call would wait on a grain that is already waiting on the caller (A → B → A): it fails at once instead of deadlocking.</summary>
public sealed class GrainCallCycleException(string message) : InvalidOperationException(message);

/// <summary>
/// A state write carried an ETag that no longer matches storage: another silo wrote first. Nothing was written
/// (neither the state nor its outbox messages); the activation is deactivated after the turn so the next call reloads.
/// </summary>
public sealed class InconsistentStateException(string message, string? storedETag, string? currentETag) : Exception(message)
{
    /// <summary>The ETag the storage holds now, if the row exists.</summary>
    public string? StoredETag { get; } = storedETag;

    /// <summary>The ETag the activation wrote with.</summary>
    public string? CurrentETag { get; } = currentETag;
}
