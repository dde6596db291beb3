using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// A fake Microsoft Graph v1.0 on 127.0.0.1 (Kestrel, a free port) for the real Graph SDK: calendar events
/// (create with transactionId de-duplication, PATCH, cancel), sendMail (kept in Sent Items, which can be searched by
/// extended property with Mail.Read) and the calendar probe, every request recorded, and faults (throttling, errors,
/// lost answers) on cue or as a standing mix (<see cref="FaultPolicy"/>).
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly FakeGraphStore _store;
    private readonly FakeGraphRecorder _recorder = new();
    private readonly FakeFaultQueue _faults = new();
    private readonly FakeGraphPipeline _pipeline;
    private int _disposed;

    private FakeGraphServer(WebApplication app, TimeProvider clock, CancellationTokenSource stopping)
    {
        _app = app;
        _stopping = stopping;
        _store = new FakeGraphStore(clock);
        var errors = new GraphErrorWriter(clock);
        _pipeline = new FakeGraphPipeline(clock, _recorder, _faults, errors, stopping.Token);
        app.Use(_pipeline.InvokeAsync);
        app.UseRouting();
        FakeGraphEndpoints.Map(app, _store, errors);
    }

    /// <summary>Where the SDK client is pointed: <c>http://127.0.0.1:{port}/v1.0</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Real time added to every request inside the counted pipeline, so that concurrency shows.</summary>
    public TimeSpan Latency
    {
        get => _pipeline.Latency;
        set => _pipeline.Latency = value;
    }

    /// <summary>
    /// When set, requests it accepts (seen as they arrived: <c>StatusCode</c> 0) must carry <c>Authorization: Bearer …</c>
    /// or get 401 <c>InvalidAuthenticationToken</c>. Checked before queued faults.
    /// </summary>
    public Func<RecordedRequest, bool>? RequireAuthorization
    {
        get => _pipeline.RequireAuthorization;
        set => _pipeline.RequireAuthorization = value;
    }

    /// <summary>
    /// When set, asked for a fault for every request that no queued fault (<see cref="Enqueue"/>) is waiting for: a
    /// standing mix of faults (e.g. <see cref="FakeFaultMix.Next"/>); null answers the request normally. Stays over
    /// <see cref="Reset"/>.
    /// </summary>
    public Func<HttpRequest, FakeResponse?>? FaultPolicy
    {
        get => _pipeline.FaultPolicy;
        set => _pipeline.FaultPolicy = value;
    }

    /// <summary>Every finished request in arrival order (one still in flight appears when it finishes).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Snapshot();

    /// <summary>The events stored now, in creation order.</summary>
    public IReadOnlyList<FakeEvent> Events => _store.Events;

    /// <summary>The mail sent, in order.</summary>
    public IReadOnlyList<FakeMail> Mails => _store.Mails;

    /// <summary>The most requests that were in the pipeline at once since start or <see cref="Reset"/>.</summary>
    public int MaxConcurrentRequests => _recorder.MaxInFlight;

    /// <summary>How many requests are in the pipeline now.</summary>
    public int InFlight => _recorder.InFlight;

    /// <summary>Starts the server on a free port; <paramref name="clock"/> dates the records, events and errors.</summary>
    public static async Task<FakeGraphServer> StartAsync(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var server = new FakeGraphServer(builder.Build(), clock, new CancellationTokenSource());
        await server._app.StartAsync();
        var port = new Uri(server._app.Urls.Single()).Port;
        server.BaseUrl = new Uri($"http://127.0.0.1:{port}/v1.0");
        return server;
    }

    /// <summary>
    /// The next request that <paramref name="when"/> accepts (any request when null) gets <paramref name="fault"/>
    /// instead of normal handling; faults queued for the same requests are used oldest first.
    /// </summary>
    public void Enqueue(FakeResponse fault, Func<HttpRequest, bool>? when = null) => _faults.Enqueue(fault, when);

    /// <summary>Waits until a finished request matches <paramref name="match"/> (at once if one already has).</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken) =>
        _recorder.WaitForAsync(match, cancellationToken);

    /// <summary>Forgets requests, events, mail, queued faults and the concurrency high-water mark (ids restart at AAMk-1).
    /// <see cref="Latency"/> and <see cref="RequireAuthorization"/> stay.</summary>
    public void Reset()
    {
        _faults.Clear();
        _store.Reset();
        _recorder.Reset();
    }

    /// <summary>Stops the server; requests still waiting (latency, delays) are cut short. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
