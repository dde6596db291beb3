namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>
/// Gives up one request on the wire after <c>timeout</c> (real time: the network's), throwing <see cref="TimeoutException"/>
/// so that a timeout, whose outcome is unknown, is told apart from the caller cancelling. Sits inside the retry handler,
/// so the limit applies per attempt and never cuts a Retry-After wait short.
/// </summary>
internal sealed class RequestTimeoutHandler(TimeSpan timeout) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await base.SendAsync(request, timer.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Graph did not answer {request.Method} {request.RequestUri?.AbsolutePath} within {timeout.TotalSeconds:0.#} s.", e);
        }
    }
}
