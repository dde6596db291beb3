using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration.Yaml;

/// <summary>Typed values out of YAML scalars: numbers, dates, times, months, weekdays and named enums.</summary>
internal static class YamlValues
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly AnnualDatePattern MonthDayPattern = AnnualDatePattern.CreateWithInvariantCulture("MM-dd");

    public static int Int(this YamlMap map, YamlScalarNode value, int min, int max, string what) =>
        int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw map.Error(value, $"{what} '{value.Value}' is not a whole number {min}–{max}");

    public static int Int(this YamlMap map, string key, int min, int max) => map.Int(map.RequiredScalar(key), min, max, key);

    public static int OptionalInt(this YamlMap map, string key, int min, int max, int fallback) =>
        map.Scalar(key) is { } value ? map.Int(value, min, max, key) : fallback;

    public static bool Bool(this YamlMap map, string key, bool fallback) => map.Scalar(key) switch
    {
        null => fallback,
        { Value: "true" } => true,
        { Value: "false" } => false,
        var other => throw map.Error(other, $"{key} '{other.Value}' is not true or false"),
    };

    public static LocalDate Date(this YamlMap map, YamlScalarNode value) =>
        LocalDatePattern.Iso.Parse(value.Value ?? "") is { Success: true } result
            ? result.Value
            : throw map.Error(value, $"bad date '{value.Value}' (expected yyyy-MM-dd, e.g. 2025-03-14)");

    public static LocalTime? Time(this YamlMap map, string key) =>
        map.Scalar(key) is not { } value ? null
        : TimePattern.Parse(value.Value ?? "") is { Success: true } result ? result.Value
        : throw map.Error(value, $"bad time '{value.Value}' for {key} (expected HH:mm, e.g. 09:00)");

    public static AnnualDate MonthDay(this YamlMap map, YamlScalarNode value) =>
        MonthDayPattern.Parse(value.Value ?? "") is { Success: true } result
            ? result.Value
            : throw map.Error(value, $"bad date '{value.Value}' (expected MM-dd, e.g. 04-30 for 30 April every year)");

    /// <summary>A month as 1–12 or its Swedish name (<c>april</c>).</summary>
    public static int Month(this YamlMap map, YamlScalarNode value)
    {
        var index = SwedishNames.Months.ToList().FindIndex(m => string.Equals(m, value.Value, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : map.Int(value, 1, 12, "month");
    }

    public static IsoDayOfWeek Weekday(this YamlMap map, YamlScalarNode value) =>
        map.Named(value, SwedishNames.Weekdays, "weekday");

    /// <summary>One of <paramref name="names"/>, or an error listing them.</summary>
    public static T Named<T>(this YamlMap map, YamlScalarNode value, IReadOnlyDictionary<string, T> names, string what) =>
        value.Value is { } name && names.TryGetValue(name, out var result)
            ? result
            : throw map.Error(value, $"unknown {what} '{value.Value}' (known: {string.Join(", ", names.Keys)})");

    /// <summary>The values of <typeparamref name="T"/> by kebab-case name: <c>BoardMeeting</c> is <c>board-meeting</c>.</summary>
    public static IReadOnlyDictionary<string, T> KebabNames<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => Kebab(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}
