namespace SCO.Arshjul.Runtime;

/// <content>The outbox: appending, reading and claiming for a lease, with the SQL providers' rules.</content>
public sealed partial class MemoryGrainStorage
{
    private readonly Dictionary<Guid, StoredOutboxMessage> _outbox = [];
    private readonly Dictionary<string, Guid> _idsByIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, long> _insertionOrder = [];
    private readonly Dictionary<Guid, (string Owner, DateTimeOffset Until)> _claims = [];
    private long _nextInsertion;

    /// <inheritdoc />
    public Task<int> AppendAsync(GrainId source, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        _ = source.OrganisationId; // validates the key, as the SQL providers do when they store it
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var accepted = AcceptOutgoing(source, messages);
            AddOutgoing(source, accepted, now);
            return Task.FromResult(accepted.Count);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(int maxCount, string? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return Select(m => m.Status == OutboxStatus.Pending && (kind is null || m.Kind == kind), newestFirst: false, maxCount, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ClaimAsync(
        string kind, int maxCount, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var claimed = Query(
                m => m.Status == OutboxStatus.Pending && m.Kind == kind && m.NextAttemptUtc <= now
                    && (!_claims.TryGetValue(m.Id, out var claim) || claim.Until <= now),
                newestFirst: false,
                maxCount);
            foreach (var message in claimed)
            {
                _claims[message.Id] = (owner, leaseUntil.ToUniversalTime());
            }

            return Task.FromResult(claimed);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ListAsync(string? kind, string? status, int maxCount, CancellationToken cancellationToken = default) =>
        List(null, kind, status, maxCount, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredOutboxMessage>> ListOfOrganisationAsync(
        string organisationId, string? kind, string? status, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        return List(organisationId, kind, status, maxCount, cancellationToken);
    }

    private Task<IReadOnlyList<StoredOutboxMessage>> List(string? organisationId, string? kind, string? status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        if (status is not null && !OutboxStatus.IsKnown(status))
        {
            throw new ArgumentException($"Unknown outbox status '{status}'.", nameof(status));
        }

        return Select(
            m => (organisationId is null || m.Source.OrganisationId == organisationId) && (kind is null || m.Kind == kind) && (status is null || m.Status == status),
            newestFirst: true,
            maxCount,
            cancellationToken);
    }

    /// <summary>The messages of <paramref name="outgoing"/> to store: checked in full before anything changes, as the SQL transaction would roll back.</summary>
    private List<OutboxMessage> AcceptOutgoing(GrainId source, IReadOnlyList<OutboxMessage> outgoing)
    {
        var accepted = new List<OutboxMessage>(outgoing.Count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in outgoing)
        {
            ArgumentNullException.ThrowIfNull(message, nameof(outgoing));
            if (_idsByIdempotencyKey.ContainsKey(message.IdempotencyKey) || !keys.Add(message.IdempotencyKey))
            {
                continue;
            }

            if (_outbox.ContainsKey(message.Id) || accepted.Exists(m => m.Id == message.Id))
            {
                throw new InvalidOperationException($"Outbox message {message.Id} of {source} already exists; nothing was written.");
            }

            accepted.Add(message);
        }

        return accepted;
    }

    private void AddOutgoing(GrainId source, List<OutboxMessage> accepted, DateTimeOffset now)
    {
        foreach (var message in accepted)
        {
            _outbox.Add(message.Id, new StoredOutboxMessage(
                message.Id, source, message.Kind, message.IdempotencyKey, message.Payload, now, null, 0, null, OutboxStatus.Pending, now));
            _idsByIdempotencyKey.Add(message.IdempotencyKey, message.Id);
            _insertionOrder.Add(message.Id, _nextInsertion++);
        }
    }

    private Task<IReadOnlyList<StoredOutboxMessage>> Select(
        Func<StoredOutboxMessage, bool> filter, bool newestFirst, int maxCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(Query(filter, newestFirst, maxCount));
        }
    }

    // Called under the lock.
    private IReadOnlyList<StoredOutboxMessage> Query(Func<StoredOutboxMessage, bool> filter, bool newestFirst, int maxCount)
    {
        var matching = _outbox.Values.Where(filter);
        var ordered = newestFirst
            ? matching.OrderByDescending(m => m.CreatedUtc.UtcTicks).ThenByDescending(m => _insertionOrder[m.Id])
            : matching.OrderBy(m => m.CreatedUtc.UtcTicks).ThenBy(m => _insertionOrder[m.Id]);
        return [.. ordered.Take(maxCount)];
    }
}
