using System.Net;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SCO.Arshjul.Notifications.Graph.Configuration;

namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>
/// Builds the <see cref="GraphServiceClient"/>: the SDK's default pipeline, with its retry handler set to retry only 429
/// and 503 (the request was certainly not carried out; Retry-After honoured) <see cref="GraphOptions.MaxRetries"/> times,
/// and, innermost, the per-attempt timeout and the per-mailbox limits. A 504 or a timeout is not retried here: the
/// request may have been carried out, and the channel decides what that means.
/// </summary>
internal static class GraphClientBuilder
{
    /// <summary>The app-only scope of the Graph resource at <paramref name="baseUrl"/> (the public cloud's for a loopback test server).</summary>
    public static string ScopeFor(Uri baseUrl) =>
        baseUrl.IsLoopback ? "https://graph.microsoft.com/.default" : $"{baseUrl.Scheme}://{baseUrl.Authority}/.default";

    public static GraphServiceClient Create(GraphOptions options, TokenCredential credential, TimeProvider timeProvider)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
        });
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index >= 0)
        {
            handlers[index] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        handlers.Add(new MailboxThrottlingHandler(options, timeProvider));
        handlers.Add(new RequestTimeoutHandler(options.RequestTimeout));
        var http = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.Timeout = Timeout.InfiniteTimeSpan;
        var authentication = new AzureIdentityAuthenticationProvider(
            credential,
            [options.BaseUrl.Host],
            observabilityOptions: null,
            isCaeEnabled: true,
            ScopeFor(options.BaseUrl));
        return new GraphServiceClient(http, authentication, options.BaseUrl.ToString().TrimEnd('/'));
    }
}
