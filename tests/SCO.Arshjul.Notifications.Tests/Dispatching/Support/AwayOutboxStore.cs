using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Tests.Dispatching.Support;

/// <summary>An outbox store whose database can be taken away: while <see cref="Away"/>, every call throws as a stopped server does.</summary>
internal sealed class AwayOutboxStore(IOutboxStore store) : IOutboxStore
{
    public bool Away { get; set; }

    public Task<int> AppendAsync(GrainId source, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        Reach(() => store.AppendAsync(source, messages, cancellationToken));

    public Task<IReadOnlyList<StoredOutboxMessage>> ReadPendingAsync(int maxCount, string? kind = null, CancellationToken cancellationToken = default) =>
        Reach(() => store.ReadPendingAsync(maxCount, kind, cancellationToken));

    public Task<IReadOnlyList<StoredOutboxMessage>> ClaimAsync(
        string kind, int maxCount, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        Reach(() => store.ClaimAsync(kind, maxCount, owner, now, leaseUntil, cancellationToken));

    public Task ReleaseAsync(Guid id, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default) =>
        Reach(() => store.ReleaseAsync(id, nextAttemptUtc, cancellationToken));

    public Task MarkProcessedAsync(Guid id, DateTimeOffset processedUtc, CancellationToken cancellationToken = default) =>
        Reach(() => store.MarkProcessedAsync(id, processedUtc, cancellationToken));

    public Task RecordFailureAsync(Guid id, string error, DateTimeOffset nextAttemptUtc, CancellationToken cancellationToken = default) =>
        Reach(() => store.RecordFailureAsync(id, error, nextAttemptUtc, cancellationToken));

    public Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default) =>
        Reach(() => store.MarkFailedAsync(id, error, cancellationToken));

    public Task<bool> RequeueAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Reach(() => store.RequeueAsync(id, now, cancellationToken));

    public Task<StoredOutboxMessage?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Reach(() => store.GetAsync(id, cancellationToken));

    public Task<IReadOnlyList<StoredOutboxMessage>> ListAsync(
        string? kind, string? status, int maxCount, CancellationToken cancellationToken = default) =>
        Reach(() => store.ListAsync(kind, status, maxCount, cancellationToken));

    public Task<IReadOnlyList<StoredOutboxMessage>> ListOfOrganisationAsync(
        string organisationId, string? kind, string? status, int maxCount, CancellationToken cancellationToken = default) =>
        Reach(() => store.ListOfOrganisationAsync(organisationId, kind, status, maxCount, cancellationToken));

    private Task<T> Reach<T>(Func<Task<T>> call) => Away ? Task.FromException<T>(new UnreachableDatabaseException()) : call();

    private Task Reach(Func<Task> call) => Away ? Task.FromException(new UnreachableDatabaseException()) : call();
}
