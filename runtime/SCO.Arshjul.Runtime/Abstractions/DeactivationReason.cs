namespace SCO.Arshjul.Runtime;

/// <summary>Why an activation was deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>Idle past the collection age.</summary>
    IdleCollection,

    /// <summary>The grain asked for it (<c>DeactivateOnIdle</c>).</summary>
    ApplicationRequested,

    /// <summary>A state write failed (ETag conflict or storage error): the next call reloads from storage.</summary>
    StateWriteFailed,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,

    /// <summary>Activation itself failed (state unreadable, OnActivateAsync threw).</summary>
    ActivationFailed,
}
