using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// The whole configuration directory, loaded and cross-checked by <see cref="ArshjulConfigurationLoader"/>: the
/// organisations, the recurring template, and the year files.
/// </summary>
/// <param name="Directory">The directory it was loaded from.</param>
/// <param name="Organisations">In file-name order.</param>
/// <param name="YearFiles">In organisation and year order.</param>
public sealed record ArshjulConfiguration(
    string Directory,
    IReadOnlyList<OrganisationDefinition> Organisations,
    WheelTemplate Template,
    IReadOnlyList<YearFile> YearFiles)
{
    /// <summary>What is due when, from <c>reminders.yaml</c>; <see cref="ReminderPolicy.Default"/> when there is no such file.</summary>
    public ReminderPolicy Reminders { get; init; } = ReminderPolicy.Default;

    /// <summary>The organisation with <paramref name="organisationId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such organisation is configured.</exception>
    public OrganisationDefinition Organisation(string organisationId) =>
        Organisations.FirstOrDefault(o => o.Id == organisationId)
        ?? throw new KeyNotFoundException($"no organisation '{organisationId}' in {Directory}");

    /// <summary>The year file of <paramref name="organisationId"/> for <paramref name="year"/>, if there is one.</summary>
    public YearFile? FindYearFile(string organisationId, int year) =>
        YearFiles.FirstOrDefault(f => f.OrganisationId == organisationId && f.Year == year);

    /// <summary>The plan of <paramref name="year"/>: from the year file if there is one, else from the template alone.</summary>
    public YearPlan Plan(string organisationId, int year) =>
        WheelPlanner.Plan(Organisation(organisationId), Template, year, FindYearFile(organisationId, year));
}
