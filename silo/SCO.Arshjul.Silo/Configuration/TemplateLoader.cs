using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Loads <c>config/arshjul/template.yaml</c>, the recurring wheel, checking its bodies and responsible roles
/// against every organisation's roster.
/// </summary>
public static class TemplateLoader
{
    /// <summary>Loads and validates the template.</summary>
    /// <exception cref="ConfigurationException">The file is wrong; the message names the line and what is wrong.</exception>
    public static WheelTemplate Load(string path, IReadOnlyList<OrganisationDefinition> organisations) =>
        Load(path, organisations, out _);

    internal static WheelTemplate Load(string path, IReadOnlyList<OrganisationDefinition> organisations, out SourceMap positions)
    {
        var root = YamlFile.LoadMapping(path);
        root.AllowOnly("description", "activities", "internalControl");
        positions = new SourceMap(path);
        var rosters = new RosterChecks(organisations);
        var activities = new List<ActivityTemplate>();
        var items = root.Maps("activities", required: true);
        foreach (var item in items)
        {
            Ids.CheckUnique(item, item.RequiredScalar("id"), activities.Select(a => a.Id), "activity");
            var activity = ActivityReader.Read(item, rosters, oneOff: false);
            positions.Add(activity.Id, item.Start);
            activities.Add(activity);
        }

        foreach (var item in items)
        {
            CheckMeetingReference(item.Map("when"), activities, activities.Single(a => a.Id == item.String("id")));
        }

        var plan = root.Map("internalControl");
        plan.AllowOnly("adoptBy", "followUp", "controls");
        var internalControl = new InternalControlTemplate(
            ControlReader.SingleDateRule(plan, "adoptBy"), ControlReader.SingleDateRule(plan, "followUp"), ControlReader.ReadAll(plan, rosters));
        foreach (var key in new[] { "adoptBy", "followUp" })
        {
            CheckMeetingReference(plan.Map(key), activities, referrer: null);
        }

        positions.Add(Grains.AnnualWheel.Planning.WheelPlanner.InternalControlActivityId, plan.Start);
        return new WheelTemplate(activities, internalControl);
    }

    /// <summary>A <c>{meeting: x}</c> rule must name a meeting activity (checked once all are read), and a meeting may not use one.</summary>
    internal static void CheckMeetingReference(YamlMap when, IReadOnlyList<ActivityTemplate> activities, ActivityTemplate? referrer)
    {
        if (when.Scalar("meeting") is not { } reference)
        {
            return;
        }

        if (referrer is { Kind: ActivityKind.Meeting })
        {
            throw when.Error(reference, $"meeting '{referrer.Id}' cannot take its dates from another meeting");
        }

        var meetings = activities.Where(a => a.Kind == ActivityKind.Meeting).Select(a => a.Id).ToList();
        if (!meetings.Contains(reference.Value!, StringComparer.Ordinal))
        {
            throw when.Error(reference, $"unknown meeting activity '{reference.Value}' (known: {string.Join(", ", meetings)})");
        }
    }
}
