namespace SCO.Arshjul.Runtime;

/// <summary>One call queued on an activation's mailbox.</summary>
internal abstract class WorkItem(CallChain chain)
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Abandoned = 2;
    private int _state;

    /// <summary>The chain the call runs under, ending with the target grain.</summary>
    public CallChain Chain { get; } = chain;

    /// <summary>Claims the item for running; false if the caller already gave up on it (timeout).</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>The caller gives up; true if the call had not started, so it will never run.</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued;

    public abstract Task RunAsync(Grain grain);

    public abstract void Fail(Exception exception);
}

/// <summary>A call returning <typeparamref name="T"/>: <paramref name="invoke"/> applied to the grain and <paramref name="args"/>.</summary>
internal sealed class WorkItem<T>(CallChain chain, Func<Grain, object?[], Task<T>> invoke, object?[] args) : WorkItem(chain)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Completion => _completion.Task;

    public override async Task RunAsync(Grain grain)
    {
        try
        {
            _completion.TrySetResult(await invoke(grain, args));
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
