using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders.Policy;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Loads <c>config/reminders.yaml</c>, what is due when: the local time (<c>at</c>, <c>timeZone</c>), the meeting
/// reminders (<c>meetings</c>) and, for items with a due date (<c>decisions</c>, <c>internalControls</c>,
/// <c>samTasks</c>, <c>deadlines</c> with a <c>default</c> and one entry per category), <c>daysBefore</c>,
/// <c>onTheDay</c> and <c>weeklyWhileOverdue</c>. Every key may be left out: it then has its default (a deadline
/// category's, that of <c>deadlines.default</c>).
/// </summary>
public static class ReminderPolicyLoader
{
    /// <summary>The file's name in the configuration directory.</summary>
    public const string FileName = "reminders.yaml";

    private static readonly IReadOnlyDictionary<string, DeadlineCategory> Categories = YamlValues.KebabNames<DeadlineCategory>();

    /// <summary>Loads and validates the policy.</summary>
    /// <exception cref="ConfigurationException">The file is wrong; the message names the line and what is wrong.</exception>
    public static ReminderPolicy Load(string path)
    {
        var root = YamlFile.LoadMapping(path);
        root.AllowOnly("description", "at", "timeZone", "meetings", "decisions", "internalControls", "samTasks", "deadlines");
        var defaults = ReminderPolicy.Default;
        return new ReminderPolicy(
            root.Time("at") ?? defaults.At,
            TimeZone(root) ?? defaults.TimeZoneId,
            Meetings(root.OptionalMap("meetings"), defaults.Meetings),
            Due(root.OptionalMap("decisions"), defaults.Decisions),
            Due(root.OptionalMap("internalControls"), defaults.InternalControls),
            Due(root.OptionalMap("samTasks"), defaults.WorkEnvironmentTasks),
            Deadlines(root.OptionalMap("deadlines"), defaults.Deadlines.Default));
    }

    private static string? TimeZone(YamlMap root) =>
        root.Scalar("timeZone") is not { } value ? null
        : DateTimeZoneProviders.Tzdb.GetZoneOrNull(value.Value!) is not null ? value.Value
        : throw root.Error(value, $"unknown time zone '{value.Value}' (a TZDB id, e.g. Europe/Stockholm)");

    private static MeetingReminderPolicy Meetings(YamlMap? map, MeetingReminderPolicy defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        map.AllowOnly("invitationDaysBefore", "papersDaysBefore", "dayBefore", "minutesApprovalDaysAfter");
        return new MeetingReminderPolicy(
            Days(map, "invitationDaysBefore", defaults.InvitationDaysBefore),
            Days(map, "papersDaysBefore", defaults.PapersDaysBefore),
            map.Bool("dayBefore", defaults.DayBefore),
            Days(map, "minutesApprovalDaysAfter", defaults.MinutesApprovalDaysAfter));
    }

    /// <summary>A number of days 1–365, or <c>off</c> (null).</summary>
    private static int? Days(YamlMap map, string key, int? fallback) => map.Scalar(key) switch
    {
        null => fallback,
        { Value: "off" } => null,
        var value => map.Int(value, 1, 365, key),
    };

    private static DeadlineReminderPolicy Deadlines(YamlMap? map, DueReminderPolicy defaults)
    {
        if (map is null)
        {
            return new DeadlineReminderPolicy(defaults, new Dictionary<DeadlineCategory, DueReminderPolicy>());
        }

        map.AllowOnly(["default", .. Categories.Keys]);
        var fallback = Due(map.OptionalMap("default"), defaults);
        var byCategory = Categories
            .Where(c => map.Has(c.Key))
            .ToDictionary(c => c.Value, c => Due(map.Map(c.Key), fallback));
        return new DeadlineReminderPolicy(fallback, byCategory);
    }

    private static DueReminderPolicy Due(YamlMap? map, DueReminderPolicy defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        map.AllowOnly("daysBefore", "onTheDay", "weeklyWhileOverdue");
        var days = new List<int>();
        foreach (var value in map.Has("daysBefore") ? map.Scalars("daysBefore") : [])
        {
            var day = map.Int(value, 1, 365, "daysBefore");
            days.Add(days.Contains(day) ? throw map.Error(value, $"daysBefore lists {day} twice") : day);
        }

        return new DueReminderPolicy(
            map.Has("daysBefore") ? days : defaults.DaysBefore,
            map.Bool("onTheDay", defaults.OnTheDay),
            map.Bool("weeklyWhileOverdue", defaults.WeeklyWhileOverdue));
    }
}
