using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Bench.Grains;

/// <summary>A grain that stores what it is given. Key: <c>bench/payload/{n}</c>.</summary>
public interface IPayloadGrain : IGrainWithStringKey
{
    /// <summary>Keeps <paramref name="payload"/> as its state and writes it (one state write per call).</summary>
    Task WriteAsync(string payload);

    /// <summary>How many writes the state holds (a read: activates the grain and loads its state).</summary>
    Task<int> CountWritesAsync();
}
