using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Reads a recurrence rule (a <c>when:</c>, <c>due:</c>, <c>adoptBy:</c> or <c>followUp:</c> mapping). Forms:
/// <c>{every: month, except: [juli], weekday: fredag, nth: 2}</c>, <c>{every: quarter, monthOfQuarter: 1, day: 15}</c>,
/// <c>{months: [april, oktober], weekday: torsdag, nth: last}</c>, <c>{date: 04-30}</c>,
/// <c>{occurrences: [{month: 3, weekday: tisdag, nth: 1}, {month: 3, day: 20}]}</c> and
/// <c>{meeting: styrelsemote, months: [april]}</c> (the day of that meeting in April).
/// </summary>
internal static class RuleReader
{
    private static readonly string[] Forms = ["every", "months", "date", "occurrences", "meeting"];
    private static readonly string[] DayKeys = ["day", "weekday", "nth"];

    private static readonly Dictionary<string, bool> Frequencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = true, ["månad"] = true, ["quarter"] = false, ["kvartal"] = false,
    };

    public static RecurrenceRule Read(YamlMap when)
    {
        if (when.Has("meeting"))
        {
            when.AllowOnly("meeting", "months");
            return new SameDayAsMeetingRule(when.String("meeting"), Months(when, "months", required: true));
        }

        var present = Forms.Where(when.Has).ToList();
        if (present.Count != 1)
        {
            throw when.Error(present.Count == 0
                ? $"unknown rule form: give one of {string.Join(", ", Forms)}"
                : $"a rule takes one of {string.Join(", ", Forms)}, not {string.Join(" and ", present)}");
        }

        switch (present[0])
        {
            case "date":
                when.AllowOnly("date");
                return new YearlyDateRule(when.MonthDay(when.RequiredScalar("date")));
            case "occurrences":
                when.AllowOnly("occurrences");
                return new ExplicitRule([.. when.Maps("occurrences").Select(Occurrence)]);
            case "months":
                when.AllowOnly([.. DayKeys, "months"]);
                return new MonthsRule(Months(when, "months", required: true), Day(when));
            default:
                var frequency = when.RequiredScalar("every");
                if (when.Named(frequency, Frequencies, "frequency"))
                {
                    when.AllowOnly([.. DayKeys, "every", "except"]);
                    return new MonthlyRule(Day(when), Months(when, "except", required: false));
                }

                when.AllowOnly([.. DayKeys, "every", "monthOfQuarter"]);
                return new QuarterlyRule(when.OptionalInt("monthOfQuarter", 1, 3, 1), Day(when));
        }
    }

    /// <summary>How many dates the rule gives each year (the same every year, by construction).</summary>
    public static int OccurrencesPerYear(RecurrenceRule rule) => rule switch
    {
        MonthlyRule monthly => 12 - monthly.ExceptMonths.Distinct().Count(),
        MonthsRule months => months.Months.Count,
        QuarterlyRule => 4,
        ExplicitRule explicitRule => explicitRule.Occurrences.Count,
        SameDayAsMeetingRule sameDay => sameDay.Months.Count,
        _ => 1,
    };

    private static MonthOccurrence Occurrence(YamlMap item)
    {
        item.AllowOnly([.. DayKeys, "month"]);
        return new MonthOccurrence(item.Month(item.RequiredScalar("month")), Day(item));
    }

    private static List<int> Months(YamlMap map, string key, bool required) =>
        [.. map.Scalars(key, required).Select(map.Month)];

    private static DaySpec Day(YamlMap map)
    {
        var day = map.Scalar("day");
        var weekday = map.Scalar("weekday");
        if (day is not null && (weekday is not null || map.Has("nth")))
        {
            throw map.Error(day, "give either 'day' or 'weekday' with 'nth', not both");
        }

        if (day is not null)
        {
            return new DayOfMonthSpec(day.Value == "last" ? -1 : NonZero(map, map.Int(day, -28, 31, "day")));
        }

        if (weekday is null)
        {
            throw map.Error(map.Has("nth")
                ? "missing field 'weekday'"
                : "missing day: give 'day' (1–31, or last) or 'weekday' with 'nth' (1–4, or last)");
        }

        var nth = map.Scalar("nth") ?? throw map.Error("missing field 'nth' (1–4, or last)");
        return new NthWeekdaySpec(nth.Value is "last" or "-1" ? -1 : map.Int(nth, 1, 4, "nth"), map.Weekday(weekday));
    }

    private static int NonZero(YamlMap map, int day) => day != 0 ? day : throw map.Error(map.RequiredScalar("day"), "day 0 does not exist (1–31, or -1/last for the last)");
}
