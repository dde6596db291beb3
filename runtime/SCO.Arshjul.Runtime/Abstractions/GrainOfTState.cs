namespace SCO.Arshjul.Runtime;

/// <summary>
/// A grain with persisted state, as Orleans' <c>Grain&lt;TGrainState&gt;</c>: the state is read on activation and
/// written with an ETag. Outgoing work added with <see cref="EnqueueOutgoing"/> is committed in the same
/// transaction as the next <see cref="WriteStateAsync"/>: never state saved and its notification lost, or the reverse.
/// </summary>
/// <typeparam name="TState">A class serialisable to JSON.</typeparam>
public abstract class Grain<TState> : Grain
    where TState : class, new()
{
    private readonly List<OutboxMessage> _outgoing = [];
    private string? _etag;
    private DateTimeOffset _syncedAt;

    /// <summary>The grain's state. Changes are kept only by <see cref="WriteStateAsync"/>.</summary>
    protected TState State { get; set; } = new();

    /// <summary>Whether the state has ever been written (and not cleared).</summary>
    protected bool RecordExists => _etag is not null;

    /// <summary>Reloads the state from storage, discarding unsaved changes and outgoing work.</summary>
    protected async Task ReadStateAsync()
    {
        var stored = await Context.Storage.ReadAsync(GrainId, Context.CancellationToken);
        Adopt(stored);
    }

    private void Adopt(StoredState? stored)
    {
        _syncedAt = Context.Time.GetUtcNow();
        _outgoing.Clear();
        if (stored is null)
        {
            State = new TState();
            _etag = null;
        }
        else
        {
            State = Context.Serializer.Deserialize<TState>(stored.Payload);
            _etag = stored.ETag;
        }
    }

    /// <summary>Writes the state and the outgoing work enqueued since the last write, in one transaction.</summary>
    /// <exception cref="InconsistentStateException">Another silo wrote first; nothing was written.</exception>
    /// <remarks>
    /// Whenever a write fails, the activation is deactivated after the current call, so the unsaved state it holds in
    /// memory is never served: the next call activates afresh from what storage holds.
    /// </remarks>
    protected async Task WriteStateAsync()
    {
        var payload = Context.Serializer.Serialize(State);
        OutboxMessage[] outgoing = [.. _outgoing];
        _outgoing.Clear();
        try
        {
            _etag = await Context.Storage.WriteAsync(GrainId, payload, _etag, outgoing, Context.CancellationToken);
            _syncedAt = Context.Time.GetUtcNow();
        }
        catch
        {
            Context.DeactivateAfterTurn(DeactivationReason.StateWriteFailed);
            throw;
        }
    }

    /// <summary>Deletes the stored state and resets <see cref="State"/>.</summary>
    protected async Task ClearStateAsync()
    {
        try
        {
            await Context.Storage.ClearAsync(GrainId, _etag, Context.CancellationToken);
        }
        catch
        {
            Context.DeactivateAfterTurn(DeactivationReason.StateWriteFailed);
            throw;
        }

        _etag = null;
        _outgoing.Clear();
        State = new TState();
    }

    /// <summary>Adds outgoing work to be committed with the next <see cref="WriteStateAsync"/>.</summary>
    protected void EnqueueOutgoing(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _outgoing.Add(message);
    }

    internal override Task LoadStateAsync(CancellationToken cancellationToken) => ReadStateAsync();

    internal override bool IsStale(TimeSpan freshness, DateTimeOffset now) => now - _syncedAt >= freshness;

    // As a fresh activation would load it, when the stored version is another than the one held; else only re-dated.
    internal override async Task RefreshStateAsync(CancellationToken cancellationToken)
    {
        var stored = await Context.Storage.ReadAsync(GrainId, cancellationToken);
        if (stored?.ETag == _etag)
        {
            _syncedAt = Context.Time.GetUtcNow();
            return;
        }

        Adopt(stored);
    }
}
