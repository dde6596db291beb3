using SCO.Arshjul.Notifications.Graph.Http;

namespace SCO.Arshjul.Notifications.Graph.Mail;

/// <summary>What Sent Items said about a mail: there, not there, or no answer (<see cref="Failure"/> says why).</summary>
internal sealed record SentItemsAnswer(bool? Found, GraphFailure? Failure)
{
    public static SentItemsAnswer Sent { get; } = new(true, null);

    public static SentItemsAnswer NotSent { get; } = new(false, null);

    public static SentItemsAnswer Unknown(GraphFailure failure) => new(null, failure);
}
