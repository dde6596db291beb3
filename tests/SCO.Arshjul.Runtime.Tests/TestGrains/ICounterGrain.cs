namespace SCO.Arshjul.Runtime.Tests.TestGrains;

/// <summary>A persisted counter. Key: <c>{org}/counter/{id}</c>.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Reads, yields (so interleaving would show), adds one and writes.</summary>
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    /// <summary>Adds <paramref name="amount"/> to the stored value: safe to re-run on newer state.</summary>
    [ReRunOnConflict]
    Task<int> AddAsync(int amount);

    /// <summary>Adds <paramref name="amount"/>, then makes <paramref name="other"/> (on this silo) add it too: its conflict is the callee's.</summary>
    [ReRunOnConflict]
    Task<int> AddThenToAsync(int amount, ICounterGrain other);

    /// <summary>Sets the value and enqueues <paramref name="messages"/>, committed together.</summary>
    Task SetWithOutboxAsync(int value, IReadOnlyList<OutboxMessage> messages);

    /// <summary>The id of the instance that answered: equal ids mean one activation.</summary>
    Task<Guid> GetInstanceIdAsync();
}
