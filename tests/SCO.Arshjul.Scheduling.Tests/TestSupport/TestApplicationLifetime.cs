using Microsoft.Extensions.Hosting;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>
/// The host's lifetime, which Quartz's hosted service asks for; a test silo has no host (its hosted services do not
/// run: tests start the scheduler themselves), so nothing here ever fires.
/// </summary>
internal sealed class TestApplicationLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}
