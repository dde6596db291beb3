namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// What the fake Graph server does instead of its normal handling for one queued request
/// (<see cref="FakeGraphServer.Enqueue"/>): answer with a Graph error, or wait first.
/// </summary>
public sealed class FakeResponse
{
    private FakeResponse(int? statusCode, string? code, string? message, int? retryAfterSeconds, TimeSpan wait, bool thenHandle)
    {
        StatusCode = statusCode;
        Code = code;
        Message = message;
        RetryAfterSeconds = retryAfterSeconds;
        Wait = wait;
        ThenHandle = thenHandle;
    }

    /// <summary>The error status to answer with; null for a <see cref="Delay"/>.</summary>
    public int? StatusCode { get; }

    /// <summary>The Graph error code (<c>error.code</c>).</summary>
    public string? Code { get; }

    /// <summary>The Graph error message (<c>error.message</c>).</summary>
    public string? Message { get; }

    /// <summary>The <c>Retry-After</c> header value in seconds, if one is sent.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>How long (real time) the server waits before doing anything else.</summary>
    public TimeSpan Wait { get; }

    /// <summary>For a <see cref="Delay"/>: whether the request is then handled normally (else the connection is dropped).</summary>
    public bool ThenHandle { get; }

    /// <summary>429 with <c>Retry-After</c> and error code <c>TooManyRequests</c>, as Exchange throttling answers.</summary>
    public static FakeResponse TooManyRequests(int retryAfterSeconds) =>
        new(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.", retryAfterSeconds, TimeSpan.Zero, false);

    /// <summary>503 <c>ServiceNotAvailable</c>, with <c>Retry-After</c> when <paramref name="retryAfterSeconds"/> is given.</summary>
    public static FakeResponse ServiceUnavailable(int? retryAfterSeconds = null) =>
        new(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please try again later.", retryAfterSeconds, TimeSpan.Zero, false);

    /// <summary>
    /// Any Graph error, e.g. 403 <c>ErrorAccessDenied</c> "Access is denied. Check credentials and try again.",
    /// 404 <c>ErrorInvalidUser</c> or <c>MailboxNotEnabledForRESTAPI</c>, 400 <c>ErrorInvalidRecipients</c>.
    /// </summary>
    public static FakeResponse Status(int status, string code, string message) =>
        new(status, code, message, null, TimeSpan.Zero, false);

    /// <summary>
    /// Waits <paramref name="wait"/> (real time, whether or not the client is still there), then handles the request
    /// normally, so a client that timed out still causes the effect (a create that succeeded but whose answer was lost).
    /// With <paramref name="thenHandle"/> false the connection is dropped after the wait and nothing is done.
    /// </summary>
    public static FakeResponse Delay(TimeSpan wait, bool thenHandle = true) =>
        new(null, null, null, null, wait, thenHandle);
}
