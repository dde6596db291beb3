using System.Text;
using Microsoft.Net.Http.Headers;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// A JSON body declared in a character set .NET does not know (<c>Content-Type: application/json; charset=nope</c>)
/// is a 415 problem before an endpoint reads it: ASP.NET Core throws while binding such a body, which was a 500.
/// </summary>
internal static class RequestCharset
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (UnknownCharset(context.Request.ContentType) is { } charset)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = GovernanceProblems.Problem(
                    StatusCodes.Status415UnsupportedMediaType,
                    "Teckenkodningen stöds inte",
                    "request.charset-unsupported",
                    $"Teckenkodningen '{charset}' stöds inte: skicka JSON som UTF-8."),
            });
            return;
        }

        await next(context);
    });

    /// <summary>The charset of a JSON content type when it names no encoding, else null.</summary>
    private static string? UnknownCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
            || mediaType.Charset.Length == 0)
        {
            return null;
        }

        try
        {
            _ = Encoding.GetEncoding(mediaType.Charset.ToString());
            return null;
        }
        catch (ArgumentException)
        {
            return mediaType.Charset.ToString();
        }
    }
}
