using System.Diagnostics.Metrics;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// This process's HTTP requests to one port as the client sees them (the runtime's <c>http.client.active_requests</c>
/// metric, recorded inside the socket handler): how many are on the wire now, and how many have started.
/// </summary>
internal sealed class HttpRequestsInFlight : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly int _port;
    private long _active;
    private long _started;

    public HttpRequestsInFlight(Uri server)
    {
        ArgumentNullException.ThrowIfNull(server);
        _port = server.Port;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.active_requests")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, change, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server.port" && tag.Value is int port && port == _port)
                {
                    Interlocked.Add(ref _active, change);
                    if (change > 0)
                    {
                        Interlocked.Add(ref _started, change);
                    }

                    return;
                }
            }
        });
        _listener.Start();
    }

    public long Active => Interlocked.Read(ref _active);

    public long Started => Interlocked.Read(ref _started);

    public void Dispose() => _listener.Dispose();
}
