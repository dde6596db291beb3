using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Reports;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.Silo.Rollover;

/// <summary>
/// Keeps every organisation's wheels ahead of the calendar while the silo runs, without a restart: the wheels of the
/// years <see cref="RolloverOptions.YearsFor"/> names (the current year; from <c>NextYearFrom</c> also the next) that
/// were never generated are generated as a start would (<see cref="WheelBootstrapper"/>), and their reminders
/// scheduled (<see cref="StartupReconciliation"/>). A wheel already generated is left alone: configuration changes
/// are still read at start. Idempotent, so every node of a cluster may run it.
/// </summary>
public sealed partial class YearRollover(
    IGrainFactory grains,
    WheelBootstrapper bootstrapper,
    StartupReconciliation reconciliation,
    IOptions<RolloverOptions> options,
    TimeProvider time,
    ILogger<YearRollover> logger)
{
    /// <summary>Generates the wheels missing today; returns them as (organisation, year).</summary>
    public async Task<IReadOnlyList<(string Organisation, int Year)>> RunAsync(ArshjulConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var years = options.Value.YearsFor(StockholmClock.Today(time));
        var generated = new List<(string, int)>();
        foreach (var organisation in configuration.Organisations)
        {
            var missing = new List<int>();
            foreach (var year in years)
            {
                var wheel = await grains.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey(organisation.Id, year)).GetAsync(cancellationToken);
                if (wheel.Source is null)
                {
                    missing.Add(year);
                }
            }

            if (missing.Count == 0)
            {
                continue;
            }

            await bootstrapper.BootstrapAsync(organisation, configuration.Template, configuration.YearFiles, missing, cancellationToken);
            await reconciliation.ReconcileAsync([organisation.Id], missing, cancellationToken);
            foreach (var year in missing)
            {
                LogRolledOver(logger, organisation.Id, year);
                generated.Add((organisation.Id, year));
            }
        }

        return generated;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wheel {Organisation}/{Year} generated while running (year rollover); its reminders are scheduled")]
    private static partial void LogRolledOver(ILogger logger, string organisation, int year);
}
