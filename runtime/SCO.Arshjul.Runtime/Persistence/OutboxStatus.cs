namespace SCO.Arshjul.Runtime;

/// <summary>The delivery states of an outbox message, as stored in its <c>status</c> column.</summary>
public static class OutboxStatus
{
    /// <summary>Not yet delivered: claimed and tried again once its next attempt is due.</summary>
    public const string Pending = "pending";

    /// <summary>Delivered (<see cref="IOutboxStore.MarkProcessedAsync"/>); never claimed again.</summary>
    public const string Delivered = "delivered";

    /// <summary>
    /// Given up (<see cref="IOutboxStore.MarkFailedAsync"/>): the last error is kept; never claimed again unless
    /// <see cref="IOutboxStore.RequeueAsync"/> makes it pending.
    /// </summary>
    public const string Failed = "failed";

    /// <summary>True for <see cref="Pending"/>, <see cref="Delivered"/> and <see cref="Failed"/>.</summary>
    public static bool IsKnown(string status) => status is Pending or Delivered or Failed;
}
