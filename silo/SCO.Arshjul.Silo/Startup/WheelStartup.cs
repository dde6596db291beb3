using Microsoft.Extensions.Hosting;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Startup;

/// <summary>
/// What every start does once the silo and Quartz run: imports the rosters and generates the wheels
/// (<see cref="WheelBootstrapper"/>), then makes Quartz's reminders match the grains (<see cref="StartupReconciliation"/>).
/// </summary>
public sealed class WheelStartup(WheelBootstrapper bootstrapper, StartupReconciliation reconciliation)
{
    /// <summary>Runs both steps; returns the years generated per organisation.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> RunAsync(ArshjulConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var generated = await bootstrapper.BootstrapAsync(configuration.Organisations, configuration.Template, configuration.YearFiles, cancellationToken);
        await reconciliation.ReconcileAsync(generated.Keys, generated.Values.SelectMany(y => y).Distinct(), cancellationToken);
        return generated;
    }
}

/// <summary>Runs <see cref="WheelStartup"/> as part of a host's start (after the silo and Quartz, which are registered before it).</summary>
public sealed class WheelStartupService(WheelStartup startup, ArshjulConfiguration configuration) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => startup.RunAsync(configuration, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
