namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// The secret addresses of the iCalendar feeds, to subscribe to in Outlook without signing in:
/// <c>{base}/feeds/{org}/person/{personId}.ics?key=…</c> and <c>{base}/feeds/{org}/body/{bodyId}.ics?key=…</c>.
/// The base is <c>Notifications:Composition:WebBaseUrl</c> when set, else the given one (the request's).
/// </summary>
public sealed class CalendarFeedLinks(FeedKeys keys, PublicBaseUrl publicBase)
{
    /// <summary>The feed of every meeting of the bodies <paramref name="personId"/> belongs to.</summary>
    public Uri PersonFeed(string org, string personId, Uri baseUrl) => Feed(org, FeedKeys.Person, personId, baseUrl);

    /// <summary>The feed of every meeting of the body <paramref name="bodyId"/>.</summary>
    public Uri BodyFeed(string org, string bodyId, Uri baseUrl) => Feed(org, FeedKeys.Body, bodyId, baseUrl);

    private Uri Feed(string org, string kind, string id, Uri baseUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(org);
        ArgumentException.ThrowIfNullOrEmpty(id);
        var key = keys.KeyFor(org, kind, id);
        return new Uri(publicBase.Resolve(baseUrl), $"feeds/{Uri.EscapeDataString(org)}/{kind}/{Uri.EscapeDataString(id)}.ics?key={key}");
    }
}
