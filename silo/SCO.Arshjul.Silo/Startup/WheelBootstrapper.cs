using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Silo.Startup;

/// <summary>
/// Brings the grains in line with the configuration at start: each organisation's roster is imported, and its wheel
/// generated for the current year (from the template, or its year file if there is one) and for every year that has a
/// year file. Both steps are idempotent, so a restart changes nothing that has not changed in config.
/// </summary>
public sealed partial class WheelBootstrapper(IGrainFactory grains, TimeProvider time, ILogger<WheelBootstrapper> logger)
{
    /// <summary>The actor recorded in the history of what configuration creates.</summary>
    public const string Actor = "system:config";

    /// <summary>The years whose wheels a start generates for <paramref name="organisation"/>: the current one and every one with a year file.</summary>
    public IReadOnlyList<int> YearsOf(OrganisationDefinition organisation, IReadOnlyList<YearFile> yearFiles)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(yearFiles);
        var currentYear = Reports.StockholmClock.Today(time).Year;
        return [.. yearFiles.Where(f => f.OrganisationId == organisation.Id).Select(f => f.Year).Append(currentYear).Distinct().Order()];
    }

    /// <summary>
    /// Imports <paramref name="organisation"/>'s roster and generates its wheel for each of <paramref name="years"/>
    /// (from its year file if there is one, else the template): what every start does, for the years given.
    /// </summary>
    public async Task BootstrapAsync(
        OrganisationDefinition organisation,
        WheelTemplate template,
        IReadOnlyList<YearFile> yearFiles,
        IEnumerable<int> years,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        await grains.GetGrain<IOrganisationRosterGrain>($"{organisation.Id}/roster").ImportAsync(organisation, Actor, cancellationToken);
        var ownYearFiles = yearFiles.Where(f => f.OrganisationId == organisation.Id).ToDictionary(f => f.Year);
        foreach (var year in years)
        {
            var plan = WheelPlanner.Plan(organisation, template, year, ownYearFiles.GetValueOrDefault(year));
            var wheel = await grains.GetGrain<IAnnualWheelGrain>(WheelKey(organisation.Id, year)).GenerateAsync(plan, Actor, cancellationToken);
            LogGenerated(logger, organisation.Id, year, plan.Source, wheel.Activities.Count);
        }
    }

    /// <summary>The wheel grain's key: <c>{org}/wheel/{year}</c>.</summary>
    public static string WheelKey(string organisationId, int year) =>
        GrainKey.Of(organisationId, "wheel", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [LoggerMessage(Level = LogLevel.Information, Message = "Wheel {Organisation}/{Year} generated from {Source}: {Activities} activities")]
    private static partial void LogGenerated(ILogger logger, string organisation, int year, YearPlanSource source, int activities);
}
