using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Deactivates activations idle for longer than <see cref="GrainRuntimeOptions.CollectionAge"/>, every
/// <see cref="GrainRuntimeOptions.CollectionQuantum"/>, so that their memory is released.
/// </summary>
internal sealed class ActivationCollector(GrainRuntime runtime, IOptions<GrainRuntimeOptions> options, TimeProvider time) : IDisposable
{
    private readonly GrainRuntimeOptions _options = options.Value;
    private ITimer? _timer;
    private int _collecting;

    public void Start()
    {
        _timer?.Dispose();
        _timer = time.CreateTimer(_ => _ = CollectAsync(), null, _options.CollectionQuantum, _options.CollectionQuantum);
    }

    public void Stop()
    {
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>Deactivates the activations idle past the collection age; returns how many, once they are gone.</summary>
    public async Task<int> CollectAsync()
    {
        if (Interlocked.Exchange(ref _collecting, 1) == 1)
        {
            return 0; // a collection is already running
        }

        try
        {
            var idleSince = time.GetUtcNow() - _options.CollectionAge;
            var going = runtime.Directory.All
                .Where(a => a.TryBeginIdleDeactivation(idleSince, DeactivationReason.IdleCollection))
                .Select(a => a.Deactivated)
                .ToArray();
            await Task.WhenAll(going);
            return going.Length;
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }

    public void Dispose() => Stop();
}
