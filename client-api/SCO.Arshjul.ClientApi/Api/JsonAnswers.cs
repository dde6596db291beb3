namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// The API and the calendar feeds answer in JSON whatever <c>Accept</c> says: their results are JSON (or iCalendar)
/// anyway, and a refusal is problem+json. Without this, a client asking for text/html or XML got the framework's
/// refusals as English text/plain, and a malformed body an empty 400.
/// </summary>
internal static class JsonAnswers
{
    private static readonly string[] Prefixes = ["/api", "/feeds"];

    public static IApplicationBuilder UseJsonAnswers(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Prefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            // Only the problem writer reads Accept; the endpoints' own results do not.
            context.Request.Headers.Accept = "application/json";
        }

        return next(context);
    });
}
