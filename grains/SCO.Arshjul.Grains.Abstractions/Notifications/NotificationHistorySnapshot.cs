using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Notifications;

/// <summary>The history of one notification: <see cref="INotificationHistoryGrain"/>.</summary>
/// <param name="Key">The grain's key, <c>{org}/notification/{id}</c>.</param>
/// <param name="Version">Raised by every recorded action; 0 when there is none.</param>
/// <param name="History">Oldest first.</param>
public sealed record NotificationHistorySnapshot(string Key, int Version, IReadOnlyList<AuditEntry> History);
