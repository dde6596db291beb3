using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>
/// Fills a template title's placeholders: <c>{year}</c>, <c>{previousYear}</c>, <c>{nextYear}</c> and
/// <c>{month}</c> (Swedish month name of the occurrence), e.g. "Statusrapport {month}" → "Statusrapport mars".
/// </summary>
public static partial class TitleFormatter
{
    /// <summary>The placeholders a title may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["year", "previousYear", "nextYear", "month"];

    /// <summary>The first placeholder in <paramref name="title"/> that is not known, or null.</summary>
    public static string? FindUnknownPlaceholder(string title) =>
        PlaceholderPattern().Matches(title).Select(m => m.Groups[1].Value).FirstOrDefault(p => !Placeholders.Contains(p));

    /// <summary>The title for an occurrence on <paramref name="date"/> in the plan of <paramref name="year"/>.</summary>
    public static string Format(string title, int year, LocalDate date) =>
        PlaceholderPattern().Replace(title, m => m.Groups[1].Value switch
        {
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "previousYear" => (year - 1).ToString(CultureInfo.InvariantCulture),
            "nextYear" => (year + 1).ToString(CultureInfo.InvariantCulture),
            "month" => SwedishNames.Months[date.Month - 1],
            var unknown => throw new WheelPlanningException($"unknown placeholder '{{{unknown}}}' in title '{title}' (known: {string.Join(", ", Placeholders)})"),
        });

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}
