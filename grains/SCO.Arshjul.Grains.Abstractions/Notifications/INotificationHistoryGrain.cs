using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Notifications;

/// <summary>
/// What people did to one notification of the outbox, for its history (the outbox row itself keeps only its delivery
/// state): today, each retry by hand of a failed notification — who and when. Key:
/// <c>{org}/notification/{id}</c>, the id being the outbox message's (a GUID, "D" format). Calls no other grain.
/// </summary>
public interface INotificationHistoryGrain : IGrainWithStringKey
{
    /// <summary>Records that <paramref name="actor"/> sent the failed notification, with subject <paramref name="subject"/>, again.</summary>
    /// <exception cref="Common.GovernanceRuleException">The actor is empty (<c>validation.*</c>); nothing is recorded.</exception>
    [ReRunOnConflict]
    Task<NotificationHistorySnapshot> RecordRetryAsync(string subject, string actor, CancellationToken cancellationToken = default);

    /// <summary>The history so far (empty, version 0, when nobody has acted on the notification).</summary>
    Task<NotificationHistorySnapshot> GetAsync(CancellationToken cancellationToken = default);
}
