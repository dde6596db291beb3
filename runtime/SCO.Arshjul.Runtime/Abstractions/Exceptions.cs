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

    /// <summary>The grain whose write was refused (null when not known).</summary>
    public GrainId? Grain { get; private init; }

    /// <summary>
    /// The conflict every storage provider reports, in one wording: a write or delete of <paramref name="grainId"/> was
    /// refused because <paramref name="storedETag"/> (null: no row) is not <paramref name="currentETag"/> (null: the
    /// activation believed the grain was never written).
    /// </summary>
    public static InconsistentStateException For(GrainId grainId, string? storedETag, string? currentETag, bool deleting)
    {
        var stored = storedETag is null ? "was cleared by another silo (no stored state" : $"was written by another silo (stored ETag {storedETag}";
        var had = currentETag is null ? "this activation had none" : $"this activation had {currentETag}";
        var nothing = deleting ? "deleted" : "written";
        return new InconsistentStateException($"State of {grainId} {stored}, {had}); nothing was {nothing}.", storedETag, currentETag) { Grain = grainId };
    }
}
