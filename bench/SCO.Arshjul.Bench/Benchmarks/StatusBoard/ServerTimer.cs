using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using SCO.Arshjul.Bench.Measurement;

namespace SCO.Arshjul.Bench.Benchmarks.StatusBoard;

/// <summary>
/// The server time of each request: a middleware first in the pipeline times the rest of it (authentication, the
/// endpoint, writing the whole body), while <see cref="Recording"/> is set.
/// </summary>
public sealed class ServerTimer : IStartupFilter
{
    private readonly Lock _lock = new();

    /// <summary>Where the next requests' times go; null records nothing (warm-up).</summary>
    public Latencies? Recording { get; set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate rest) =>
        {
            var started = Stopwatch.GetTimestamp();
            await rest(context);
            var recording = Recording;
            if (recording is not null)
            {
                lock (_lock)
                {
                    recording.AddSince(started);
                }
            }
        });
        next(app);
    };
}
