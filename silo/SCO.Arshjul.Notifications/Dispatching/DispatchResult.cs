namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>What one pass of the <see cref="NotificationDispatcher"/> did, counted in notifications (outbox rows).</summary>
/// <param name="Claimed">Notifications claimed for this pass.</param>
/// <param name="Messages">Messages delivered through the channel (a combined message counts once).</param>
/// <param name="Delivered">Notifications delivered (the parts of those messages).</param>
/// <param name="Retrying">Notifications whose delivery failed and that will be tried again.</param>
/// <param name="Failed">Notifications marked failed for good.</param>
/// <param name="Waiting">Combinable notifications handed back to wait for their siblings.</param>
public sealed record DispatchResult(int Claimed, int Messages, int Delivered, int Retrying, int Failed, int Waiting)
{
    /// <summary>Nothing was claimed.</summary>
    public static DispatchResult Empty { get; } = new(0, 0, 0, 0, 0, 0);
}
