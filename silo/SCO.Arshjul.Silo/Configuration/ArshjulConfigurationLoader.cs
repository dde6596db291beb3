using System.Globalization;
using System.Text.RegularExpressions;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Loads a configuration directory: <c>organisations/*.yaml</c>, <c>arshjul/template.yaml</c>, the year files
/// <c>arshjul/{org}-{yyyy}.yaml</c> and, if present, <c>reminders.yaml</c>. Every cross-reference is checked, and
/// each year file is planned once so that an error only the planner finds (two dates colliding after a holiday
/// shift …) is reported at its line too.
/// </summary>
public static partial class ArshjulConfigurationLoader
{
    /// <summary>Loads and validates the directory.</summary>
    /// <exception cref="ConfigurationException">A file is wrong; the message names the file, the line and what is wrong.</exception>
    public static ArshjulConfiguration Load(string directory)
    {
        var organisationFiles = Files(Path.Combine(directory, "organisations"));
        if (organisationFiles.Count == 0)
        {
            throw new ConfigurationException(Path.Combine(directory, "organisations"), 1, 1, "no organisation files (*.yaml)");
        }

        var organisations = new List<OrganisationDefinition>();
        foreach (var file in organisationFiles)
        {
            organisations.Add(OrganisationLoader.Load(file, organisations));
        }

        var wheelDirectory = Path.Combine(directory, "arshjul");
        var template = TemplateLoader.Load(Path.Combine(wheelDirectory, "template.yaml"), organisations, out var templatePositions);

        var yearFiles = new List<YearFile>();
        foreach (var path in Files(wheelDirectory).Where(p => Path.GetFileName(p) != "template.yaml"))
        {
            var organisation = OrganisationOf(path, organisations);
            var yearFile = YearFileLoader.Load(path, organisation, template, out var positions);
            Plan(organisation, template, yearFile, positions, templatePositions);
            yearFiles.Add(yearFile);
        }

        var reminders = Path.Combine(directory, ReminderPolicyLoader.FileName);
        return new ArshjulConfiguration(directory, organisations, template, yearFiles)
        {
            Reminders = File.Exists(reminders) ? ReminderPolicyLoader.Load(reminders) : ReminderPolicy.Default,
        };
    }

    // Only *.yaml is read: a *.yml beside them (an organisation added by hand) would be left out without a word.
    private static List<string> Files(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        if (Directory.EnumerateFiles(directory, "*.yml").Order(StringComparer.Ordinal).FirstOrDefault() is { } yml)
        {
            throw new ConfigurationException(yml, 1, 1, $"only *.yaml files are read here: rename it to {Path.GetFileNameWithoutExtension(yml)}.yaml");
        }

        return [.. Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal)];
    }

    private static OrganisationDefinition OrganisationOf(string path, List<OrganisationDefinition> organisations)
    {
        var match = YearFileName().Match(Path.GetFileName(path));
        if (!match.Success)
        {
            throw new ConfigurationException(path, 1, 1, "a year file is named {organisation}-{yyyy}.yaml (e.g. sco-2025.yaml); only template.yaml is otherwise allowed here");
        }

        var id = match.Groups["org"].Value;
        return organisations.FirstOrDefault(o => o.Id == id) ?? throw new ConfigurationException(path, 1, 1,
            $"unknown organisation '{id}' in the file name (known: {string.Join(", ", organisations.Select(o => o.Id))})");
    }

    private static void Plan(OrganisationDefinition organisation, WheelTemplate template, YearFile yearFile, SourceMap positions, SourceMap templatePositions)
    {
        try
        {
            WheelPlanner.Plan(organisation, template, yearFile.Year, yearFile);
        }
        catch (WheelPlanningException error)
        {
            var (map, mark) = error.ActivityId is { } id && positions.Find(id, error.Date) is { } own ? (positions, own)
                : error.ActivityId is { } templateId && templatePositions.Find(templateId, null) is { } inTemplate ? (templatePositions, inTemplate)
                : (positions, (YamlDotNet.Core.Mark?)null);
            var reason = map == templatePositions
                ? $"{error.Message} (planning {organisation.Id} {yearFile.Year.ToString(CultureInfo.InvariantCulture)})"
                : error.Message;
            throw new ConfigurationException(map.File, (int)(mark?.Line ?? 1), (int)(mark?.Column ?? 1), reason);
        }
    }

    [GeneratedRegex(@"^(?<org>[a-z0-9]+(-[a-z0-9]+)*)-(?<year>\d{4})\.yaml$")]
    private static partial Regex YearFileName();
}
