using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Bench.Grains;

/// <summary>A grain doing nothing but answer: the cost of a call is all runtime. Key: <c>bench/ping/{n}</c>.</summary>
public interface IPingGrain : IGrainWithStringKey
{
    Task<int> PingAsync(int value);
}
