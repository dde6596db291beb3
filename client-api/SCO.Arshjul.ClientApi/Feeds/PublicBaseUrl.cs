using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Composition;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// The address this app is reached at, for absolute links (feed addresses, OParl ids): the configured
/// <c>Notifications:Composition:WebBaseUrl</c> when set, else the request's own. Always ends in <c>/</c>.
/// </summary>
public sealed class PublicBaseUrl(IOptions<CompositionOptions> composition)
{
    /// <summary>The configured address, else <paramref name="requestBaseUrl"/>.</summary>
    public Uri Resolve(Uri requestBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(requestBaseUrl);
        var chosen = composition.Value.WebBaseUrl ?? requestBaseUrl;
        return new Uri(chosen.AbsoluteUri.TrimEnd('/') + "/");
    }

    /// <summary>The configured address, else the one <paramref name="request"/> came to.</summary>
    public Uri Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Resolve(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"));
    }
}
