using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// Turns what the grains refuse into problem+json: a broken rule is 400 (or 404 for an item that does not exist) with
/// the grain's code and its Swedish message; a concurrent change is 409; a database that cannot be reached just now is
/// 503 with <c>Retry-After</c>. Anything else stays a 500 without details.
/// </summary>
internal sealed class GovernanceProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The code of the 503 while the database cannot be reached (stopped, restarting, out of connections).</summary>
    public const string StorageUnavailable = "storage.unavailable";

    // A restarted PostgreSQL takes seconds to accept connections again; the nodes reconnect on the next request.
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, code, detail) = exception switch
        {
            GovernanceRuleException rule when rule.Code.EndsWith("not-found", StringComparison.Ordinal)
                || rule.Code.EndsWith("not-planned", StringComparison.Ordinal) || rule.Code.EndsWith("not-recorded", StringComparison.Ordinal) =>
                (StatusCodes.Status404NotFound, "Finns inte", rule.Code, rule.Message),
            GovernanceRuleException rule => (StatusCodes.Status400BadRequest, "Ogiltig begäran", rule.Code, rule.Message),
            InconsistentStateException => (StatusCodes.Status409Conflict, "Ändrad samtidigt", "conflict",
                "Någon annan ändrade uppgiften samtidigt. Läs in den på nytt och försök igen."),
            BadHttpRequestException bad => (bad.StatusCode, "Ogiltig begäran", "request.malformed", "Begäran kunde inte läsas: kontrollera JSON och fälttyper."),
            _ when StorageFaults.IsUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable, "Tillfälligt otillgänglig", StorageUnavailable,
                "Databasen går inte att nå just nu. Försök igen om en stund; läs in uppgiften först, för en ändring som skickades just när felet kom kan ha sparats."),
            _ => (0, string.Empty, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = Problem(status, title, code, detail),
        });
    }

    /// <summary>A problem with a machine-readable <c>code</c> beside the Swedish detail.</summary>
    public static ProblemDetails Problem(int status, string title, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>The same, as an endpoint result.</summary>
    public static IResult Result(int status, string title, string code, string detail) =>
        TypedResults.Problem(Problem(status, title, code, detail));
}
