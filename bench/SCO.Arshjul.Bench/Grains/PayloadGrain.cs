using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Bench.Grains;

public sealed class PayloadState
{
    public string Payload { get; set; } = "";

    public int Writes { get; set; }
}

[GrainType("bench-payload")]
public sealed class PayloadGrain : Grain<PayloadState>, IPayloadGrain
{
    public async Task WriteAsync(string payload)
    {
        State.Payload = payload;
        State.Writes++;
        await WriteStateAsync();
    }

    public Task<int> CountWritesAsync() => Task.FromResult(State.Writes);
}
