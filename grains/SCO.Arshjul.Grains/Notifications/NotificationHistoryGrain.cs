using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Notifications;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>One notification's history of what people did to it; see <see cref="INotificationHistoryGrain"/>.</summary>
[GrainType("notification")]
internal sealed class NotificationHistoryGrain(TimeProvider timeProvider)
    : GovernanceGrain<NotificationHistoryState>(timeProvider), INotificationHistoryGrain
{
    public async Task<NotificationHistorySnapshot> RecordRetryAsync(string subject, string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        await CommitAsync(new AuditEntry(Now(), by, "notification.retried", $"Utskicket \"{subject}\" skickas om."));
        return Snapshot();
    }

    public Task<NotificationHistorySnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot());

    private NotificationHistorySnapshot Snapshot() => new(Key, State.Version, [.. State.History]);
}
