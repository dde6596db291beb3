namespace SCO.Arshjul.Silo.Startup;

/// <summary>
/// How far the start-up work (<see cref="WheelStartup"/>: each organisation's roster, wheels and reminders) has come,
/// for the node's health answer, the tests and the benchmarks; the node serves requests meanwhile.
/// </summary>
public sealed class StartupProgress
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _began;
    private long _ended;
    private int _organisations;
    private int _done;
    private int _failed;

    /// <summary>How many organisations the start-up works through (0 until it begins).</summary>
    public int Organisations => Volatile.Read(ref _organisations);

    /// <summary>How many organisations are done: roster imported, wheels generated, reminders reconciled.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>How many organisations failed (logged; the others go on).</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Whether every organisation has been worked through, and the jobs of any other reconciled.</summary>
    public bool IsComplete => _completion.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsComplete"/> (also when some organisations failed, or the work was stopped).</summary>
    public Task Completion => _completion.Task;

    /// <summary>How long the work took from its beginning to its completion (zero until it completes).</summary>
    public TimeSpan Duration => IsComplete ? System.Diagnostics.Stopwatch.GetElapsedTime(_began, _ended) : TimeSpan.Zero;

    internal void Begin(int organisations)
    {
        _began = System.Diagnostics.Stopwatch.GetTimestamp();
        Volatile.Write(ref _organisations, organisations);
    }

    internal void OrganisationDone() => Interlocked.Increment(ref _done);

    internal void OrganisationFailed() => Interlocked.Increment(ref _failed);

    internal void Complete()
    {
        _ended = System.Diagnostics.Stopwatch.GetTimestamp();
        _completion.TrySetResult();
    }
}
