namespace SCO.Arshjul.Runtime.Tests.TestGrains;

public sealed class CounterState
{
    public int Value { get; set; }
}

[GrainType("counter")]
public sealed class CounterGrain : Grain<CounterState>, ICounterGrain
{
    private readonly Guid _instanceId = Guid.NewGuid();

    public async Task<int> IncrementAsync()
    {
        var value = State.Value;
        await Task.Yield(); // another call interleaving here would lose an increment
        State.Value = value + 1;
        await WriteStateAsync();
        return State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(State.Value);

    public async Task<int> AddAsync(int amount)
    {
        State.Value += amount;
        await WriteStateAsync();
        return State.Value;
    }

    public async Task<int> AddThenToAsync(int amount, ICounterGrain other)
    {
        ArgumentNullException.ThrowIfNull(other);
        await other.SetWithOutboxAsync(amount, []);
        return await AddAsync(amount);
    }

    public async Task SetWithOutboxAsync(int value, IReadOnlyList<OutboxMessage> messages)
    {
        State.Value = value;
        foreach (var message in messages)
        {
            EnqueueOutgoing(message);
        }

        await WriteStateAsync();
    }

    public Task<Guid> GetInstanceIdAsync() => Task.FromResult(_instanceId);
}
