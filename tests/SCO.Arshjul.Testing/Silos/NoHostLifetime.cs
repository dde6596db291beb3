using Microsoft.Extensions.Hosting;

namespace SCO.Arshjul.Testing;

/// <summary>
/// The host lifetime that Quartz's hosted service asks for. A <see cref="TestSilo"/> has no host (its hosted services
/// do not run: tests start the scheduler and call one-pass methods themselves), so nothing here ever fires.
/// </summary>
public sealed class NoHostLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}
