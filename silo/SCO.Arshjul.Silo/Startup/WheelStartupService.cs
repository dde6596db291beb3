using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Startup;

/// <summary>
/// Runs <see cref="WheelStartup"/> in the background once the host has started its services (the silo and Quartz,
/// registered before it), so that the node serves requests at once; <see cref="StartupProgress"/> says when it is done.
/// Stopping the host stops it.
/// </summary>
public sealed partial class WheelStartupService(WheelStartup startup, ArshjulConfiguration configuration, ILogger<WheelStartupService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _run = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _run = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _run.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync()
    {
        try
        {
            await startup.RunAsync(configuration, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped with the host: the next start does it again.
        }
        catch (Exception ex)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Start-up work failed; the node serves, but reminders may be out of date until the next start")]
    private partial void LogFailed(Exception exception);
}
