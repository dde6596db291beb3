namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// The problems ASP.NET Core writes itself, before or instead of an endpoint (401 without a valid sign-in or token, 403
/// from a policy, 404 for no route or a feed that is not there, 405 for a method a route does not take, 415 for a body
/// that is not JSON, 429, a 500), get a Swedish title and detail and a <c>code</c>, like the API's own problems.
/// </summary>
internal static class FrameworkProblems
{
    /// <summary>For <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>: fills in what a problem without a code lacks.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code") || problem.Status is not { } status || Describe(status, context.HttpContext.Request.Method) is not var (title, code, detail))
        {
            return;
        }

        problem.Title = title;
        problem.Detail ??= detail;
        problem.Extensions["code"] = code;
    }

    private static (string Title, string Code, string Detail)? Describe(int status, string method) => status switch
    {
        StatusCodes.Status400BadRequest => ("Ogiltig begäran", "request.invalid", "Begäran kunde inte tolkas."),
        StatusCodes.Status401Unauthorized => ("Inte inloggad", "auth.required", "Logga in, eller skicka en giltig API-nyckel som Authorization: Bearer {nyckel}."),
        StatusCodes.Status403Forbidden => ("Ingen behörighet", "auth.forbidden", "Din roll ger inte behörighet till detta."),
        StatusCodes.Status404NotFound => ("Finns inte", "route.not-found", "Adressen finns inte."),
        StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte", "route.method-not-allowed", $"Adressen tar inte emot {method}."),
        StatusCodes.Status413PayloadTooLarge => ("För stor begäran", "request.too-large", "Begäran är för stor."),
        StatusCodes.Status415UnsupportedMediaType => ("Fel innehållstyp", "request.unsupported-media-type", "Skicka innehållet som JSON (Content-Type: application/json)."),
        StatusCodes.Status429TooManyRequests => ("För många försök", "request.rate-limited", "För många försök: vänta en stund och försök igen."),
        StatusCodes.Status500InternalServerError => ("Serverfel", "server.error", "Något gick fel hos oss. Försök igen senare."),
        _ => null,
    };
}
