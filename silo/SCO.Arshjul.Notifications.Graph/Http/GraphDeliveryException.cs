namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>A delivery through Graph that failed for now; the dispatcher tries again after its backoff. The message is Graph's code and text.</summary>
public sealed class GraphDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
