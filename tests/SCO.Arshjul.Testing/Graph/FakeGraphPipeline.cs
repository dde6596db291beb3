using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// The middleware around the whole fake server: counts and records every request, applies the artificial latency,
/// the bearer-token requirement and any queued fault, then lets the endpoints handle it.
/// </summary>
internal sealed class FakeGraphPipeline(
    TimeProvider clock, FakeGraphRecorder recorder, FakeFaultQueue faults, GraphErrorWriter errors, CancellationToken stopping)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which the raw request body is kept for the endpoints.</summary>
    public const string BodyKey = "FakeGraph.Body";

    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public Func<RecordedRequest, bool>? RequireAuthorization { get; set; }

    public Func<HttpRequest, FakeResponse?>? FaultPolicy { get; set; }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var sequence = recorder.Arrive();
        var arrival = await ArriveAsync(context);
        var recorded = 0;
        void Record(int statusCode)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                recorder.Complete(sequence, arrival with { WallEnd = TimeProvider.System.GetUtcNow(), StatusCode = statusCode });
            }
        }

        // Recorded as the answer starts, before the client can have read it: a test that looks at the log right after
        // its call returned sees the request (recording only once the middleware returns raced the client).
        context.Response.OnStarting(() =>
        {
            Record(context.Response.StatusCode);
            return Task.CompletedTask;
        });
        var status = 0;
        try
        {
            status = await HandleAsync(context, next, arrival);
        }
        catch
        {
            status = context.Response.HasStarted ? context.Response.StatusCode : 500;
            throw;
        }
        finally
        {
            Record(status);
        }
    }

    private async Task<RecordedRequest> ArriveAsync(HttpContext context)
    {
        var wallStart = TimeProvider.System.GetUtcNow();
        var clockTime = clock.GetUtcNow();
        var requestId = Guid.NewGuid().ToString();
        context.Items[GraphErrorWriter.RequestIdKey] = requestId;
        context.Response.Headers["request-id"] = requestId;

        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Items[BodyKey] = body;

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : null;
        return new RecordedRequest(
            request.Method, request.PathBase + request.Path, query, headers, body, ParseJson(body), clockTime, wallStart, wallStart, 0);
    }

    private async Task<int> HandleAsync(HttpContext context, RequestDelegate next, RecordedRequest arrival)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, stopping);
        }

        if (RequireAuthorization?.Invoke(arrival) == true && !HasBearerToken(context.Request))
        {
            await errors.WriteAsync(context, StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
            return StatusCodes.Status401Unauthorized;
        }

        if ((faults.TakeFor(context.Request) ?? FaultPolicy?.Invoke(context.Request)) is { } fault)
        {
            // Not the request's own token: a client that gave up must not stop the server from finishing the work.
            await Task.Delay(fault.Wait, stopping);
            if (fault.StatusCode is int faultStatus)
            {
                await errors.WriteAsync(context, faultStatus, fault.Code!, fault.Message!, fault.RetryAfterSeconds);
                return faultStatus;
            }

            if (!fault.ThenHandle)
            {
                context.Abort();
                return 0;
            }
        }

        await next(context);
        return context.Response.StatusCode;
    }

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var value
        && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && value.Length > "Bearer ".Length;

    private static JsonDocument? ParseJson(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
