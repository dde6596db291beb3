using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// Turns what the grains refuse into problem+json: a broken rule is 400 (or 404 for an item that does not exist) with
/// the grain's code and its Swedish message; a concurrent change is 409. Anything else stays a 500 without details.
/// </summary>
internal sealed class GovernanceProblems(IProblemDetailsService problems) : IExceptionHandler
{
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
            _ => (0, string.Empty, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
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
