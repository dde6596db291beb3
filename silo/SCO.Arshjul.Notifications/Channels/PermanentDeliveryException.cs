namespace SCO.Arshjul.Notifications.Channels;

/// <summary>A delivery that cannot succeed by retrying (bad address, no permission): the notification is marked failed at once.</summary>
/// <param name="code">The channel's error code, kept with the notification (e.g. Graph's <c>ErrorInvalidRecipients</c>).</param>
public sealed class PermanentDeliveryException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The channel's error code.</summary>
    public string Code { get; } = code;
}
