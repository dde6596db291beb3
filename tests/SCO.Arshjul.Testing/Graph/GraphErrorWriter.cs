using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// Graph's error answer: <c>{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}</c>
/// as application/json, dated by the injected clock.
/// </summary>
internal sealed class GraphErrorWriter(TimeProvider clock)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which the pipeline keeps the request's request-id.</summary>
    public const string RequestIdKey = "FakeGraph.RequestId";

    public IResult Result(HttpContext context, int status, string code, string message)
    {
        var innerError = new JsonObject
        {
            ["date"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            ["request-id"] = context.Items[RequestIdKey] as string,
            ["client-request-id"] = context.Request.Headers["client-request-id"].ToString(),
        };
        var error = new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = innerError },
        };
        return Results.Text(FakeJson.Write(error), "application/json", statusCode: status);
    }

    public Task WriteAsync(HttpContext context, int status, string code, string message, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is int seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Result(context, status, code, message).ExecuteAsync(context);
    }
}
