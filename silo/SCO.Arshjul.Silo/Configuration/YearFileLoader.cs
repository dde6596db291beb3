using System.Globalization;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Loads <c>config/arshjul/{org}-{year}.yaml</c>: one organisation's year. Each entry of <c>activities</c> either pins
/// the dates of a template activity (<c>id</c>, <c>dates</c>, optionally <c>assumed</c> as the default for its dates
/// and <c>source</c>), or, with a <c>type</c>, adds a one-off activity on its pinned dates. <c>internalControl</c>
/// may pin <c>adoptBy</c> and <c>followUp</c> and replace the <c>controls</c>.
/// </summary>
public static class YearFileLoader
{
    /// <summary>Loads and validates a year file against its organisation and the template.</summary>
    /// <exception cref="ConfigurationException">The file is wrong; the message names the line and what is wrong.</exception>
    public static YearFile Load(string path, OrganisationDefinition organisation, WheelTemplate template) =>
        Load(path, organisation, template, out _);

    internal static YearFile Load(string path, OrganisationDefinition organisation, WheelTemplate template, out SourceMap positions)
    {
        var root = YamlFile.LoadMapping(path);
        root.AllowOnly("organisation", "year", "source", "activities", "internalControl");
        var organisationNode = root.RequiredScalar("organisation");
        if (organisationNode.Value != organisation.Id)
        {
            throw root.Error(organisationNode, $"organisation '{organisationNode.Value}' does not match the file name (expected '{organisation.Id}')");
        }

        var yearNode = root.RequiredScalar("year");
        var year = root.Int(yearNode, 1900, 2999, "year");
        var expectedYear = Path.GetFileNameWithoutExtension(path)[(organisation.Id.Length + 1)..];
        if (year.ToString(CultureInfo.InvariantCulture) != expectedYear)
        {
            throw root.Error(yearNode, $"year {year} does not match the file name (expected {expectedYear})");
        }

        positions = new SourceMap(path);
        var rosters = new RosterChecks([organisation]);
        var pinReader = new PinReader(year);
        var pins = new List<ActivityPins>();
        var added = new List<ActivityTemplate>();
        var entries = root.Maps("activities");
        foreach (var entry in entries)
        {
            var idNode = entry.RequiredScalar("id");
            Ids.CheckUnique(entry, idNode, pins.Select(p => p.ActivityId), "pinned activity");
            var activity = entry.Has("type")
                ? AddOneOff(entry, template, rosters, added)
                : template.Activities.FirstOrDefault(a => a.Id == idNode.Value) ?? throw entry.Error(idNode,
                    $"unknown activity '{idNode.Value}' (not in the template; a one-off activity needs 'type', 'kind', 'title' …)");
            if (!entry.Has("type"))
            {
                entry.AllowOnly("id", "dates", "assumed", "source");
            }

            positions.Add(activity.Id, entry.Start);
            var dates = pinReader.ReadDates(entry, activity, entry.Bool("assumed", false), positions);
            pins.Add(new ActivityPins(activity.Id, dates, entry.OptionalString("source")));
        }

        var internalControl = ReadInternalControl(root, pinReader, rosters, positions);
        return new YearFile(organisation.Id, year, pins, added, internalControl);
    }

    private static ActivityTemplate AddOneOff(YamlMap entry, WheelTemplate template, RosterChecks rosters, List<ActivityTemplate> added)
    {
        var idNode = entry.RequiredScalar("id");
        if (template.Activities.Any(a => a.Id == idNode.Value))
        {
            throw entry.Error(idNode, $"duplicate activity id '{idNode.Value}': the template has it (leave out 'type' to pin its dates)");
        }

        var activity = ActivityReader.Read(entry, rosters, oneOff: true, "dates", "assumed");
        added.Add(activity);
        return activity;
    }

    private static YearInternalControl? ReadInternalControl(YamlMap root, PinReader pinReader, RosterChecks rosters, SourceMap positions)
    {
        if (root.OptionalMap("internalControl") is not { } plan)
        {
            return null;
        }

        plan.AllowOnly("adoptBy", "followUp", "controls", "source");
        positions.Add(WheelPlanner.InternalControlActivityId, plan.Start);
        var adoptBy = pinReader.ReadSingle(plan, "adoptBy");
        var followUp = pinReader.ReadSingle(plan, "followUp");
        if (adoptBy is not null && followUp is not null && followUp.Date < adoptBy.Date)
        {
            throw plan.Error(plan.Get("followUp")!, $"followUp {followUp.Date:yyyy-MM-dd} is before adoptBy {adoptBy.Date:yyyy-MM-dd}");
        }

        var controls = plan.Has("controls") ? ControlReader.ReadAll(plan, rosters) : null;
        return new YearInternalControl(adoptBy, followUp, controls);
    }
}
