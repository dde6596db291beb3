using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Silo.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Reads one activity: <c>id</c>, <c>type</c> (meeting | deadline | sam), <c>kind</c> (a meeting kind such as
/// <c>board-meeting</c>, or a deadline category such as <c>status-report</c>), <c>title</c>, <c>bodies</c>,
/// <c>when</c> (a rule), <c>start</c>/<c>end</c> (HH:mm) and <c>days</c> for meetings, <c>location</c>,
/// <c>agenda</c>, <c>responsible</c> and <c>source</c>.
/// </summary>
internal static class ActivityReader
{
    private static readonly string[] Keys =
        ["id", "type", "kind", "title", "bodies", "when", "start", "end", "days", "location", "agenda", "responsible", "source"];

    private static readonly Dictionary<string, ActivityKind> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["meeting"] = ActivityKind.Meeting, ["deadline"] = ActivityKind.Deadline, ["sam"] = ActivityKind.WorkEnvironmentTask,
    };

    private static readonly IReadOnlyDictionary<string, MeetingKind> MeetingKinds = YamlValues.KebabNames<MeetingKind>();
    private static readonly IReadOnlyDictionary<string, DeadlineCategory> Categories = YamlValues.KebabNames<DeadlineCategory>();

    /// <summary>Reads an activity; <paramref name="oneOff"/> (a year file's addition) has no rule, its dates are pinned.</summary>
    public static ActivityTemplate Read(YamlMap item, RosterChecks rosters, bool oneOff, params string[] extraKeys)
    {
        item.AllowOnly([.. Keys.Where(k => !oneOff || k != "when"), .. extraKeys]);
        var id = Ids.Read(item, item.RequiredScalar("id"), "activity");
        var type = item.Named(item.RequiredScalar("type"), Types, "type");
        var title = CheckPlaceholders(item, item.RequiredScalar("title"), "title");
        var agenda = item.Scalars("agenda").Select(a => CheckPlaceholders(item, a, "agenda item").Value!).ToList();

        var kind = type == ActivityKind.WorkEnvironmentTask ? NoKind(item) : item.RequiredScalar("kind");
        var activity = new ActivityTemplate(
            id,
            type,
            title.Value!,
            oneOff ? null : RuleReader.Read(item.Map("when")),
            [.. item.Scalars("bodies", required: type == ActivityKind.Meeting).Select(b => rosters.Body(item, b))],
            MeetingKind: type == ActivityKind.Meeting ? item.Named(kind!, MeetingKinds, "meeting kind") : null,
            DeadlineCategory: type == ActivityKind.Deadline ? item.Named(kind!, Categories, "deadline category") : null,
            Location: rosters.Location(item),
            Agenda: agenda,
            Responsible: rosters.Responsible(item),
            Source: item.OptionalString("source"));
        return type == ActivityKind.Meeting ? WithTimes(item, activity) : activity;
    }

    private static ActivityTemplate WithTimes(YamlMap item, ActivityTemplate activity)
    {
        var start = item.Time("start") ?? throw item.Error("missing field 'start' (a meeting needs a start time, HH:mm)");
        var end = item.Time("end") ?? throw item.Error("missing field 'end' (a meeting needs an end time, HH:mm)");
        var days = item.OptionalInt("days", 1, 14, 1);
        if (days == 1 && end <= start)
        {
            throw item.Error(item.RequiredScalar("end"), $"end {end:HH:mm} is before or at start {start:HH:mm}");
        }

        return activity with { Start = start, End = end, Days = days };
    }

    private static YamlScalarNode CheckPlaceholders(
        YamlMap item, YamlScalarNode text, string what) =>
        TitleFormatter.FindUnknownPlaceholder(text.Value!) is { } unknown
            ? throw item.Error(text, $"unknown placeholder '{{{unknown}}}' in {what} (known: {string.Join(", ", TitleFormatter.Placeholders)})")
            : text;

    private static YamlScalarNode? NoKind(YamlMap item) =>
        item.Scalar("kind") is { } kind ? throw item.Error(kind, "a sam task has no kind") : null;
}
