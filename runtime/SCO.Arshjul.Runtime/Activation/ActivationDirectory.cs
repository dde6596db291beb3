using System.Collections.Concurrent;

namespace SCO.Arshjul.Runtime;

/// <summary>The silo's activations, one per grain id.</summary>
internal sealed class ActivationDirectory
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();

    public int Count => _activations.Count;

    public IEnumerable<GrainActivation> All => _activations.Values;

    public GrainActivation GetOrAdd<TState>(GrainId grainId, Func<GrainId, TState, GrainActivation> create, TState state) =>
        _activations.GetOrAdd(grainId, create, state);

    public bool TryGet(GrainId grainId, out GrainActivation? activation) => _activations.TryGetValue(grainId, out activation);

    /// <summary>Removes this very activation (not a newer one of the same grain).</summary>
    public void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));
}
