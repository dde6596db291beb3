using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Bench.Grains;

[GrainType("bench-ping")]
public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> PingAsync(int value) => PingLogic.Answer(value);
}

/// <summary>The same method on a plain object: the direct async call that grain calls are measured against.</summary>
public sealed class DirectPing : IPingGrain
{
    public Task<int> PingAsync(int value) => PingLogic.Answer(value);
}

internal static class PingLogic
{
    public static Task<int> Answer(int value) => Task.FromResult(value + 1);
}
