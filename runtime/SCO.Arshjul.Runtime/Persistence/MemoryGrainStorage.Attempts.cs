namespace SCO.Arshjul.Runtime;

/// <content>The delivery attempt log, with the rules every provider shares (<see cref="DeliveryAttemptRules"/>).</content>
public sealed partial class MemoryGrainStorage : IDeliveryAttemptLog
{
    private readonly Dictionary<string, DeliveryAttempt> _attempts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<PriorDeliveryAttempt> BeginAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        DeliveryAttemptRules.ValidateKey(key);
        var stored = ChangeAttempt(key, stored => DeliveryAttemptRules.Begin(stored, key, now), cancellationToken);
        return Task.FromResult(DeliveryAttemptRules.Prior(stored));
    }

    /// <inheritdoc />
    public Task SucceededAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ChangeAttempt(key, stored => DeliveryAttemptRules.Succeed(stored, key, now), cancellationToken);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task FailedAsync(string key, string error, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        ChangeAttempt(key, stored => DeliveryAttemptRules.Fail(stored, key, error, now), cancellationToken);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DeliveryAttempt?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_attempts.GetValueOrDefault(key));
        }
    }

    /// <summary>Applies <paramref name="change"/> to the record of <paramref name="key"/> under the lock; returns the record it found.</summary>
    private DeliveryAttempt? ChangeAttempt(string key, Func<DeliveryAttempt?, DeliveryAttempt> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var stored = _attempts.GetValueOrDefault(key);
            _attempts[key] = change(stored);
            return stored;
        }
    }
}
