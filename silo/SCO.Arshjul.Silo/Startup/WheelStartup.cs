using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Startup;

/// <summary>
/// What every start does once the silo and Quartz run, per organisation and several organisations at a time: imports
/// its roster and generates its wheels (<see cref="WheelBootstrapper"/>), then makes Quartz's reminders match its grains
/// (<see cref="StartupReconciliation"/>, from one listing of its jobs and triggers); last, the jobs of organisations no
/// longer configured. An organisation that fails is logged and counted, and the others go on. Progress is reported to
/// <see cref="StartupProgress"/>.
/// </summary>
public sealed partial class WheelStartup(
    WheelBootstrapper bootstrapper,
    StartupReconciliation reconciliation,
    StartupProgress progress,
    ILogger<WheelStartup> logger)
{
    /// <summary>How many organisations are worked on at once: their grain calls and job-store queries overlap.</summary>
    public static int Parallelism { get; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Runs both steps for every organisation; returns the years generated per organisation.</summary>
    /// <exception cref="InvalidOperationException">An organisation failed (after all the others were done).</exception>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> RunAsync(ArshjulConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        progress.Begin(configuration.Organisations.Count);
        var generated = new ConcurrentDictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var failed = new ConcurrentBag<string>();
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(configuration.Organisations, parallel, async (organisation, token) =>
            {
                var years = bootstrapper.YearsOf(organisation, configuration.YearFiles);
                try
                {
                    await bootstrapper.BootstrapAsync(organisation, configuration.Template, configuration.YearFiles, years, token);
                    await reconciliation.ReconcileOrganisationAsync(organisation.Id, years, token);
                    generated[organisation.Id] = years;
                    progress.OrganisationDone();
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    LogOrganisationFailed(organisation.Id, ex);
                    failed.Add(organisation.Id);
                    progress.OrganisationFailed();
                }
            });
            await reconciliation.ReconcileOthersAsync([.. configuration.Organisations.Select(o => o.Id)], cancellationToken);
        }
        finally
        {
            progress.Complete();
        }

        LogDone(generated.Count, failed.Count);
        return failed.IsEmpty
            ? generated
            : throw new InvalidOperationException($"Start-up failed for {string.Join(", ", failed.Order(StringComparer.Ordinal))}; see the log.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Start-up of organisation {Organisation} failed: its roster, wheels or reminders may be out of date until the next start")]
    private partial void LogOrganisationFailed(string organisation, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up done: {Organisations} organisations' rosters, wheels and reminders up to date, {Failed} failed")]
    private partial void LogDone(int organisations, int failed);
}
