using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>What a failed Graph request means for the notification.</summary>
internal enum GraphFailureKind
{
    /// <summary>Refused, and trying again cannot help (bad address, no permission, no such mailbox): fail the notification now.</summary>
    Permanent,

    /// <summary>Refused for now (throttled, unavailable after retries): certainly not carried out; try again later.</summary>
    Refused,

    /// <summary>No clear answer (timeout, 5xx gateway error, connection lost mid-request): it may have been carried out.</summary>
    InDoubt,
}

/// <summary>A failed Graph request, classified, with Graph's error code and message when it gave one.</summary>
internal sealed record GraphFailure(GraphFailureKind Kind, int? Status, string Code, string Message)
{
    /// <summary>"ErrorAccessDenied (403): Access is denied."</summary>
    public override string ToString() => Status is { } status ? $"{Code} ({status}): {Message}" : $"{Code}: {Message}";

    /// <summary>Classifies <paramref name="error"/>, or returns null if it is not a failure of the request (e.g. the caller cancelled).</summary>
    public static GraphFailure? Of(Exception error) => error switch
    {
        ODataError odata => FromStatus(odata.ResponseStatusCode, odata.Error?.Code, odata.Error?.Message ?? odata.Message),
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0 => Of(aggregate.InnerExceptions[^1]),
        ApiException api => FromStatus(api.ResponseStatusCode, null, api.Message),
        TimeoutException timeout => new GraphFailure(GraphFailureKind.InDoubt, null, "Timeout", timeout.Message),
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError } http =>
            new GraphFailure(GraphFailureKind.Refused, null, "ConnectionError", http.Message),
        HttpRequestException http => new GraphFailure(GraphFailureKind.InDoubt, null, http.HttpRequestError.ToString(), http.Message),
        Azure.Identity.AuthenticationFailedException auth => new GraphFailure(GraphFailureKind.Refused, null, "AuthenticationFailed", FirstLine(auth.Message)),
        _ => null,
    };

    private static GraphFailure FromStatus(int status, string? code, string message)
    {
        var kind = status switch
        {
            (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.InternalServerError or (int)HttpStatusCode.BadGateway
                or (int)HttpStatusCode.GatewayTimeout => GraphFailureKind.InDoubt,
            (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.Unauthorized
                or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed => GraphFailureKind.Refused,
            >= 400 and < 500 => GraphFailureKind.Permanent,
            _ => GraphFailureKind.InDoubt,
        };
        return new GraphFailure(kind, status, string.IsNullOrWhiteSpace(code) ? $"Http{status}" : code, FirstLine(message));
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
