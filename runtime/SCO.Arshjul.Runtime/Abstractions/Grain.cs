namespace SCO.Arshjul.Runtime;

/// <summary>
/// Base class of every grain, as in Orleans: one activation per key, one call at a time. Constructor parameters are
/// resolved from the silo's services (e.g. <see cref="TimeProvider"/>, loggers).
/// </summary>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>The identity of this activation's grain.</summary>
    public GrainId GrainId => Context.GrainId;

    /// <summary>References to other grains; calls from a grain carry its call chain, so cycles fail fast.</summary>
    protected IGrainFactory GrainFactory => Context.GrainFactory;

    internal IGrainContext Context =>
        _context ?? throw new InvalidOperationException("The grain is not bound to an activation; create grains through IGrainFactory.");

    /// <summary>The grain's key, e.g. <c>sco/meeting/2025-03-14-styrelse</c>.</summary>
    public string GetPrimaryKeyString() => GrainId.Key;

    /// <summary>Called once per activation, after its persisted state (if any) was read and before the first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation is deactivated (idle, failed write, shutdown).</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks the runtime to deactivate this activation once the current call has finished.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateAfterTurn(DeactivationReason.ApplicationRequested);

    internal void Bind(IGrainContext context) => _context = context;

    // Grain<TState> reads its state here, before OnActivateAsync.
    internal virtual Task LoadStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether the state held was last known to match storage longer than <paramref name="freshness"/> before <paramref name="now"/>.</summary>
    internal virtual bool IsStale(TimeSpan freshness, DateTimeOffset now) => false;

    /// <summary>Loads the stored state if another silo wrote it since; a grain without state has nothing to do.</summary>
    internal virtual Task RefreshStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
